// SPDX-License-Identifier: Apache-2.0
#include "listening/RiskDetector.h"

#include "listening/PhraseMatcher.h"
#include "listening/PostWords.h"

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

constexpr int kNone = 0; // a longer phrase that means no risk, shadowing a shorter one
constexpr int kLegal = int(Risk::LegalThreat);
constexpr int kChurn = int(Risk::Churn);
constexpr int kSafety = int(Risk::Safety);
constexpr int kPurchase = int(Risk::PurchaseIntent);
constexpr int kPress = int(Risk::PressOrRegulator);
constexpr int kScam = int(Risk::Scam);
// "Don't miss out, claim your refund now" is still the bait.
constexpr auto kEvenDenied = PhraseEntry::Negation::Ignored;

const PhraseMatcher &matcher()
{
    static const PhraseMatcher m = [] {
        PhraseMatcher built;
        // "sue" alone is also a name: only with a target or an intent.
        built.addPhrases(
            u"en"_s,
            {
                {u"{lawyer|lawyers|solicitor|solicitors|attorney|attorneys}", kLegal},
                {u"{sue|suing|sued} {you|them|u|your|the}", kLegal},
                {u"{will|going to|gonna|ill|im|i am|to} {sue|suing}", kLegal},
                {u"{legal action|legal proceedings|legal advice|legal team|lawsuit|class action}",
                 kLegal},
                {u"{small claims|see you in court|take you to court|taking you to court|in court}",
                 kLegal},
                {u"letter before action", kLegal},
                {u"{county court|court claim|issuing a claim|issue a claim|formal notice|"
                 u"personal injury|data protection claim}",
                 kLegal},

                {u"{cancel|cancelling|canceling|cancelled|terminate|terminating|end|ending} "
                 u"{my|the|our} {contract|account|subscription|membership|plan|broadband|service|"
                 u"policy|package|line|direct debit}",
                 kChurn},
                {u"{im|i am|i will|ill|going to|gonna|want to|about to} "
                 u"{cancel|cancelling|canceling|"
                 u"leave|leaving|switch|close|closing}",
                 kChurn},
                {u"{switching|switch|switched|moving|move|moved|going} to "
                 u"{another|a different|a new|a cheaper|a better} "
                 u"{provider|network|bank|airline|company|supplier}",
                 kChurn},
                {u"{switching|switched|moving|moved} to {the|a} {competition|competitor}", kChurn},
                {u"{switching|switched} to", kChurn}, // "switching to Vodafone"
                // Switching to the bigger plan or a setting of ours is no leaving.
                {u"{switching|switched|switch} to {the|a|an|your|our|my}", kNone},
                // A new customer: which handle is ours is not known here, "just" tells.
                {u"just {switched|moved|joined} {to|over to} @", kNone},
                // Not renewing is leaving, said with the contract's word: "we will not be
                // renewing with you", "not renewing", "won't be renewed". The denial is part of
                // the phrase, so it is read whole.
                {u"{not|wont|will not|never} {renew|renewing|renewed}", kChurn},
                {u"{not|wont|will not|never} be {renewing|renewed}", kChurn},
                {u"{not going to|are not going to|arent going to|dont plan to} renew", kChurn},
                {u"{close|closing|closed} my {account|accounts}", kChurn},
                {u"{never|not} {flying|using|shopping|banking|ordering|buying|booking} "
                 u"{with|at|from} {you|@}",
                 kChurn},
                {u"{never|not} {flying|using|shopping|banking|ordering|buying|booking} @", kChurn},
                {u"{shop|go|going|bank|banking|moving|move|take it|taking it} elsewhere", kChurn},
                {u"{to|with|for} a {competitor|rival|competitors}", kChurn},
                {u"{switching|switch|changing|change} {supplier|suppliers|provider|providers|"
                 u"network|networks|bank|banks}",
                 kChurn},
                {u"{im|i am} done with you", kChurn},
                {u"{reason|reasons} not to {close|cancel|leave|switch|stay}", kChurn},
                {u"{closing|close|cancelling|cancel} my {store card|credit card|current|savings|"
                 u"joint|business} account",
                 kChurn},
                {u"{moving|move|taking|take} my {mortgage|current account|savings|accounts|"
                 u"business|money|custom}",
                 kChurn},
                {u"{deleted|deleting|uninstalled} {your|the} app", kChurn},
                {u"cancel my {frequent flyer|loyalty|store card|delivery pass|card}", kChurn},
                {u"{leaving|leave} you", kChurn},
                {u"{taking|take} my {business|money|custom} elsewhere", kChurn},
                {u"{port|porting} my number", kChurn},
                {u"pac code", kChurn},
                {u"{never|not} {using|flying|shopping|banking} with you again", kChurn},
                // Said sideways, before the decision: still the moment to keep them.
                // ("considering switching to your fibre plan" is a purchase, not a goodbye).
                {u"{thinking of|thinking about|considering|seriously considering|tempted to} "
                 u"{leaving you|leaving|cancelling|canceling|going elsewhere|go "
                 u"elsewhere|switching provider|"
                 u"switching providers|switching networks|switching banks}",
                 kChurn},
                {u"{the competition|competitors|your competitors|other providers|other networks} "
                 u"{offer|offers|are offering|is offering|give|gives|charge|charges}",
                 kChurn},
                {u"{cheaper elsewhere|better deal elsewhere|better deals elsewhere|"
                 u"half the price elsewhere}",
                 kChurn},
                {u"{looking at|looking into|shopping around for|getting quotes from} "
                 u"{other|another|different} "
                 u"{providers|provider|networks|network|banks|bank|companies|suppliers}",
                 kChurn},

                {u"{fire|fires|caught fire|on "
                 u"fire|flames|smoke|smoking|smoked|sparks|sparking|sparked}",
                 kSafety},
                {u"{burn|burns|burnt|burned|burning|exploded|explode|explosion|exploding}",
                 kSafety},
                // Using something up fast is no fire: "burning through 30gb a month", "burnt
                // through my savings", "my phone bill is burning a hole in my pocket".
                {u"{burn|burns|burnt|burned|burning} {through|thru}", kNone},
                {u"{burn|burns|burnt|burned|burning} a hole in", kNone},
                {u"{could get hurt|will get hurt|someone could|get someone killed|live cable|"
                 u"live wire|exposed wire|exposed cable|exposed wires|cable hanging|"
                 u"cables hanging|hanging cable|cables on the|allergy|allergic|allergic reaction|"
                 u"epipen|epi pen|anaphylaxis|anaphylactic|food poisoning|metal in|glass in|"
                 u"plastic in|was sick after|were sick after|made me sick|made us sick|"
                 u"smell of burning|burning smell|smells of chemicals|smell of chemicals|"
                 u"nearly hit|almost hit|speeding|is it safe|snapped|seatbelt|in a&e|fell over|"
                 u"tripped over|kids are playing|children are playing}",
                 kSafety},
                {u"{injured|injury|injuries|hurt myself|electric shock|electrocuted|shocked me}",
                 kSafety},
                {u"{carbon monoxide|gas leak|smell of gas|smells of gas|smell gas|melted|melting|"
                 u"overheating|overheated|choking hazard|fire hazard|unsafe|dangerous}",
                 kSafety},
                // A vulnerable customer cut off (no way to call for help) is a safety matter
                // before it is a fault: regulators ask for priority repair.
                {u"{im|i am|she is|shes|he is|hes|my mum is|my dad is|my mother is|my father is} "
                 u"{disabled|housebound|vulnerable|elderly|bedbound|on oxygen}",
                 kSafety},
                {u"{rely on|relies on|depend on|depends on|need|needs} {my|her|his|the} "
                 u"{landline|phone line|phone|line} for {emergencies|emergency|medical|my health|"
                 u"her health|his health|a care alarm|her care alarm|his care alarm}",
                 kSafety},
                {u"{rely on|relies on|depend on|depends on} {my|her|his|the} {landline|phone line}",
                 kSafety},
                {u"{care alarm|personal alarm|telecare|lifeline alarm|medical alarm}", kSafety},
                // Equipment a life hangs on and that needs the line or the power: in a post to a
                // care team it is named because that failed (a sports watch's heart monitor is
                // not).
                {u"{pacemaker|medical equipment|oxygen machine|"
                 u"oxygen concentrator|dialysis machine|home dialysis}",
                 kSafety},
                {u"{my elderly|our elderly|elderly} {mum|dad|mother|father|parents|gran|grandma|"
                 u"grandad|grandpa|nan|neighbour|neighbor} {has no|have no|is without|are "
                 u"without|has been without|have been without|cant call|cannot call}",
                 kSafety},

                {u"thinking {of|about} {getting|buying|switching|joining|signing|opening|taking|"
                 u"upgrading|ordering}",
                 kPurchase},
                {u"{want|wanna|looking|like|would like|planning} to {buy|order|join|sign "
                 u"up|upgrade|"
                 u"get one|open an account|switch to you}",
                 kPurchase},
                {u"{sign up|signing up|upgrading to|in stock|back in stock}", kPurchase},
                {u"{where|how} can i {buy|order|get one}", kPurchase},
                {u"{switching|switch|move|moving|coming} {to|over to} you", kPurchase},
                {u"interested in {your|the|a}", kPurchase},
                {u"do you {sell|stock|have any|deliver to}", kPurchase},

                // A journalist about their own work: "our story on the outage".
                {u"{our|my} {piece|story|article|report|investigation} {on|about}", kPress},
                {u"{our|my} investigation into", kPress},
                {u"{doing|writing|working on} a {piece|story|article|report} {on|about}", kPress},
                {u"i write for", kPress},
                {u"{journalist|journalists|reporter|reporters|newspaper|newspapers|the press|"
                 u"to the press|the media|local news|the news|watchdog|bbc|itv|daily mail|guardian|"
                 u"sky news|cnn|tv station}",
                 kPress},
                {u"{ombudsman|regulator|regulators|trading standards|fcc|ofcom|ofgem|ofwat|fca|"
                 u"financial conduct authority|civil aviation authority|caa|cma|cfpb|bbb|"
                 u"better business bureau|consumer protection|attorney general|bnetza|ico|"
                 u"information commissioner|data protection authority|"
                 u"bundesnetzagentur|bafin|verbraucherzentrale}",
                 kPress},

                // Phishing dressed as our help: customers are asked for card details, or hurried
                // to "claim" money.
                {u"{claim|get} your {refund|compensation|money|cash} {now|instantly|today|here|"
                 u"at}",
                 kScam, kEvenDenied},
                {u"{fill in|enter|confirm|verify|update} your {card|bank|account|payment} "
                 u"{details|number|info}",
                 kScam, kEvenDenied},
                {u"{verify|connect} your {account|wallet|identity}", kScam, kEvenDenied},
                {u"{verify|confirm|update} {now|here|your details|your data|your information}",
                 kScam, kEvenDenied},
                {u"{enter|with} {card|your card|bank} details", kScam, kEvenDenied},
                {u"{pay|confirm|log in|login} now at", kScam, kEvenDenied},
                {u"to avoid {disconnection|suspension|closure|your account being}", kScam,
                 kEvenDenied},
                {u"your account {is|has been|will be} {suspended|locked|blocked|closed|frozen}",
                 kScam, kEvenDenied},
                {u"{claim|collect} it within", kScam, kEvenDenied},
                // "compensation is LIVE … claim in 2 minutes → …"
                {u"{claim|apply|register} {in|within} {seconds|minutes|a minute|60 seconds|"
                 u"1 minute|2 minutes|3 minutes|5 minutes|10 minutes|two minutes|five minutes}",
                 kScam, kEvenDenied},
            });
        built.addPhrases(
            u"de"_s,
            {
                {u"{anwalt|anwältin|anwälte|rechtsanwalt|rechtsanwältin|anwalts}", kLegal},
                {u"{verklagen|verklage|verklagt|klage|klagen|anzeige erstatten|strafanzeige}",
                 kLegal},
                {u"{rechtliche schritte|vor gericht|gericht|abmahnung}", kLegal},

                {u"{kündigen|kündige|kündigung|gekündigt|sonderkündigung|sonderkündigungsrecht}",
                 kChurn},
                {u"{wechsle|wechseln|wechsel} zu", kChurn},
                {u"{anbieter wechseln|zur konkurrenz|vertrag beenden|konto auflösen|"
                 u"konto schließen}",
                 kChurn},
                // Leaving, not arriving: "ich komme von einem anderen Anbieter" is a new customer.
                {u"{zu einem anderen anbieter|zum anderen anbieter|zu einem neuen anbieter|"
                 u"den anbieter zu wechseln|anbieter zu wechseln}",
                 kChurn},

                {u"{brand|rauch|raucht|qualm|qualmt|feuer|flammen|explodiert|explosion|verletzt|"
                 u"verbrannt|verbrennung|stromschlag|gasleck|gasgeruch|kohlenmonoxid|funken|"
                 u"brandgefahr|überhitzt|geschmolzen|gefährlich}",
                 kSafety},
                // Wer ohne Leitung keine Hilfe rufen kann: a safety matter before a fault.
                {u"{hausnotruf|notrufknopf|notrufuhr|pflegebedürftig|bettlägerig|sauerstoffgerät|"
                 u"herzschrittmacher|beatmungsgerät|heimdialyse}",
                 kSafety},

                {u"{gasgeruch|riecht nach gas|nach gas|nach chemie|allergie|nussallergie|"
                 u"notfall pen|notfallpen|übergeben|gerast|fast ein kind|offenes kabel|"
                 u"kabel hängt|funkt|ist das sicher}",
                 kSafety},
                // Someone else's contract (a late father's) or one cancelled before the complaint.
                {u"{seinen|ihren|deren|dessen} vertrag {zu kündigen|kündigen}", kNone},
                {u"obwohl ich gekündigt", kNone},
                {u"{wechsle den anbieter|wechsle den|ziehe mein|ziehe meine|nie wieder bei|"
                 u"bestelle nie wieder|kündige meine|kündige mein|app gelöscht}",
                 kChurn},
                {u"{jetzt bestätigen|jetzt zahlen|bestätigen sie ihre|konto wurde gesperrt|"
                 u"ihr konto wurde|droht abschaltung|ungewöhnliche anmeldung}",
                 kScam, kEvenDenied},
                {u"{kaufen|kaufe|bestellen|abschließen|buchen}", kPurchase},
                {u"{was|wie viel|wieviel} {kostet|kosten}", kPurchase},
                {u"überlege {zu|mir}", kPurchase},
                // Longer than the churn "wechsle zu": moving to us is a prospect, not a loss.
                {u"zu {euch|ihnen|dir} {wechseln|wechsle|wechsel|kommen}", kPurchase},
                {u"{wechsle|wechseln|wechsel} zu {euch|ihnen}", kPurchase},

                {u"{journalist|journalistin|presse|zeitung|reporter|medien|bild|rtl|"
                 u"stiftung warentest|ombudsmann|schlichtungsstelle|aufsichtsbehörde|"
                 u"luftfahrt bundesamt|lba}",
                 kPress},
            });
        return built;
    }();
    return m;
}

// Whether a post is someone's own matter or a report about others. Topic words ("fire",
// "CNN", "court") in a report ("Fire at a depot near Acme's office, nobody hurt, police say")
// put nobody we serve in danger and take no case of ours to the press or to court.
constexpr int kPerson = 1;    // the writer or the reader: "I", "my", "we", "you", "your"
constexpr int kReporting = 2; // how news is told: "reports", "police say", "according to"
constexpr auto kAnyway = PhraseEntry::Negation::Ignored;

const PhraseMatcher &newsMatcher()
{
    static const PhraseMatcher m = [] {
        PhraseMatcher built;
        built.addPhrases(
            u"en"_s,
            {
                {u"{i|im|ive|me|my|mine|myself|we|weve|our|ours|you|youre|youve|your|yours|u|ur|"
                 u"yall|ya|complaint|complain|complaining}",
                 kPerson, kAnyway},
                {u"{reports|reported|reporting|says|said|say|according to|breaking|announces|"
                 u"announced|confirms|confirmed|statement|spokesperson|spokesman|spokeswoman|"
                 u"police|officials|authorities|firefighters|fire crews|emergency services|"
                 u"evacuated|no injuries|nobody hurt|no one hurt|nobody was hurt|"
                 u"no one was hurt|no one injured|nobody injured|shares|investors|headline|"
                 u"court documents|court hears|court rules|fined|recalls|recall|interviewed|"
                 u"union|unions|strike|announce|launches|launch|opening|to hire|to cut}",
                 kReporting, kAnyway},
            });
        built.addPhrases(
            u"de"_s,
            {
                {u"{ich|mich|mir|mein|meine|meinen|meinem|meiner|wir|uns|unser|unsere|unseren|"
                 u"du|dich|dir|dein|deine|ihr|euch|euer|eure|euren|eurem|beschwerde|"
                 u"beschwere}",
                 kPerson, kAnyway},
                {u"{laut|berichtet|berichten|meldet|meldete|melden|sagt|sagte|sprecher|sprecherin|"
                 u"polizei|feuerwehr|behörden|evakuiert|keine verletzten|niemand verletzt|"
                 u"unverletzt|eilmeldung|aktie|aktien|anleger|gericht entscheidet|verurteilt}",
                 kReporting, kAnyway},
            });
        return built;
    }();
    return m;
}

bool reportAboutOthers(const PostWords &words, QStringView lang)
{
    // A post that opens by addressing someone ("@SkyJet there is a smell of burning") is said
    // to them, not reported about them.
    static const std::uint64_t handle = PostWords::hashOf(u"@");
    if (words.size() > 0 && words[0].hash == handle)
        return false;
    bool reporting = false;
    for (const PhraseHit &hit : newsMatcher().find(words, lang)) {
        if (hit.tag == kPerson)
            return false;
        reporting = true;
    }
    return reporting;
}

bool ownMatter(const PostWords &words, QStringView lang)
{
    static const std::uint64_t handle = PostWords::hashOf(u"@");
    if (words.size() > 0 && words[0].hash == handle)
        return true;
    for (const PhraseHit &hit : newsMatcher().find(words, lang))
        if (hit.tag == kPerson)
            return true;
    return false;
}

} // namespace

RiskDetector::RiskDetector()
{
    matcher(); // build the tables now, not on the first mention
    newsMatcher();
}

RiskReading RiskDetector::read(QStringView text, const QString &lang) const
{
    RiskReading reading;
    const PostWords &words = PostWords::ofText(text);
    for (const PhraseHit &hit : matcher().find(words, lang)) {
        if (hit.tag == kNone)
            continue;
        reading.flags |= RiskFlags(hit.tag);
        const QString cue = words.quote(hit.firstWord, hit.lastWord).toString();
        if (!reading.cues.contains(cue))
            reading.cues.append(cue);
    }
    constexpr RiskFlags topical =
        riskFlag(Risk::Safety) | riskFlag(Risk::PressOrRegulator) | riskFlag(Risk::LegalThreat);
    reading.reportsOnOthers = reportAboutOthers(words, lang);
    // A broadcaster or a regulator named in a post that names neither its writer nor us ("BBC
    // Panorama looks at parcel theft") takes no case of ours anywhere.
    if (hasRisk(reading.flags, Risk::PressOrRegulator) && !ownMatter(words, lang)) {
        reading.flags &= ~riskFlag(Risk::PressOrRegulator);
        if (reading.flags == 0)
            reading.cues.clear();
    }
    if ((reading.flags & topical) && reading.reportsOnOthers) {
        reading.flags &= ~topical;
        if (reading.flags == 0)
            reading.cues.clear();
    }
    return reading;
}

} // namespace earshot
