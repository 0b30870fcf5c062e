// SPDX-License-Identifier: Apache-2.0
#include "listening/CareCues.h"

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

constexpr int kProblem = int(CareCue::Problem);
constexpr int kClaim = int(CareCue::Claim);
constexpr int kQuestion = int(CareCue::Question);
constexpr int kPraise = int(CareCue::Praise);
constexpr int kFeedback = int(CareCue::Feedback);
constexpr int kSpam = int(CareCue::Spam);
constexpr int kResolved = int(CareCue::Resolved);
constexpr int kChase = int(CareCue::Chase);
// A problem stays a problem when denied around it ("no signal", "still no refund"); praise
// does not ("not great", "don't love").
constexpr auto kKeep = PhraseEntry::Negation::Ignored;

} // namespace

const PhraseMatcher &careCues()
{
    static const PhraseMatcher m = [] {
        PhraseMatcher built;
        built.addPhrases(
            u"en"_s,
            {
                {u"{not working|doesnt work|isnt working|stopped working|wont work|not work}",
                 kProblem, kKeep},
                {u"{down|outage|no signal|no internet|no service|no wifi|no connection|no power|"
                 u"keeps dropping|keeps crashing|keeps logging|keeps cutting|crashes|crashing|"
                 u"broken|faulty|fault|error|glitch|bug}",
                 kProblem, kKeep},
                {u"{still waiting|still no|still not|still hasnt|still havent|still nothing|"
                 u"hasnt arrived|havent received|never arrived|not arrived|not received|"
                 u"didnt arrive|not delivered|where is my|wheres my|lost my|lost our|damaged}",
                 kProblem, kKeep},
                {u"{delayed|delay|cancelled my|canceled my|cancelled our|overbooked|stranded|"
                 u"stuck|declined|charged me|wrong|missing|on hold|waited|nobody|"
                 u"no one|noone|again|third time|every time|every single time}",
                 kProblem, kKeep},
                {u"{different answers|no show|didnt turn up|never turned up|never showed up|"
                 u"nowhere near|no luck|hung up on me|cut off|disconnected|please stop|"
                 u"stop sending|unsubscribed|nobody told me|without a phone|without internet|"
                 u"without broadband|without power|without signal|bill went up|price went up}",
                 kProblem, kKeep},
                {u"{going round in circles|round in circles|promised a callback|promised a call|"
                 u"never called back|never called me back|nobody called|no one called|"
                 u"no callback|was told it would|was told would|told me it would|was promised|"
                 u"were promised|been charged a|been charged an|termination fee|so slow|too slow|"
                 u"really slow|very slow|painfully slow|running slow|slow internet|slow speeds|"
                 u"speeds are terrible|reporting this to|report you to|reported you to}",
                 kProblem, kKeep},
                {u"{useless|terrible|awful|worst|horrible|disgusting|disgraceful|ridiculous|"
                 u"appalling|shocking|pathetic|unacceptable|joke|shambles|rubbish|rude|"
                 u"incompetent|fed up|sick of|complaint|disappointed|frustrated|annoyed|angry|"
                 u"furious|terrifying|scary|nightmare}",
                 kProblem, kKeep},

                // Something that will not let the customer do what they pay for.
                {u"{cant|cannot|can not|unable to|not able to} {log in|login|sign in|access|"
                 u"pay|make calls|make a call|get through|connect|get online|use}",
                 kProblem, kKeep},
                {u"{wont|doesnt|will not|does not|has not|hasnt|isnt|is not} {let|letting} me",
                 kProblem, kKeep},

                // What went wrong, said plainly: dropped, not delivered, no supply, a queue.
                {u"{dropped out|dropping out|keeps dropping|marked delivered|marked as delivered|"
                 u"says delivered|said delivered|never came|never turned up|didnt come|"
                 u"no water|no hot water|no electricity|no gas|no heating|no phone line|"
                 u"no dial tone|no data|no router|in the queue|in a queue|queue for|mins wait|"
                 u"minutes wait|hour wait|hours wait|been moved|rescheduled|postponed|"
                 u"got my order wrong|order wrong|wrong order|substituted|substitutions|"
                 u"doesnt exist|doesnt lock|doesnt close|wont top up|wont load|wont let|"
                 u"login loop|log in loop|someone elses|another customers|another company|"
                 u"dont recognise|dont recognize|been scammed|i was scammed|ive been scammed|"
                 u"cold food|food was cold|arrived cold|arrived damaged|arrived broken|"
                 u"left my parcel|threw my parcel|in the bin|sit in the dark|run out of credit|"
                 u"ran out of credit|locked out|dented|scratched|broke the|broke my|"
                 u"cut off|get cut|keep getting cut|cancelling my|canceling my|"
                 u"without telling me|without telling us|without warning|without notice}",
                 kProblem, kKeep},
                // Money taken wrongly is money wanted back, however it is said: "y'all charged
                // my account 8 times", "my card got debited £40", "took the payment twice".
                {u"{charged|billed|debited|charging|billing|debiting} {my account|my card|"
                 u"my credit card|my debit card|my bank account|my bank|us twice|me twice}",
                 kClaim, kKeep},
                {u"{was|were|got|been} charged", kClaim, kKeep},
                {u"{got|been|was|were|being|have been|has been} {debited|double charged|"
                 u"charged twice|billed twice|overcharged}",
                 kClaim, kKeep},
                {u"{double charged|charged twice|billed twice|debited twice|taken twice|"
                 u"paid twice|payment twice|payments twice|duplicate payment|duplicate charge|"
                 u"charged two times|charged three times|charged for nothing|overcharged}",
                 kClaim, kKeep},
                {u"{charged|billed} {for something|for an order|for a delivery|for items|"
                 u"for a service|for data} {i|we} {cancelled|canceled|never|didnt|did not|"
                 u"returned}",
                 kClaim, kKeep},
                {u"{refund|refunds|refunded|money back|compensation|compensate|chargeback|"
                 u"reimburse|reimbursement|reimbursed|pay me back|owe me|entitled to|eu261|"
                 u"want my money|get my money|credit my account|goodwill gesture|be waived|"
                 u"waive the|waive it}",
                 kClaim, kKeep},
                {u"{payment|payments|overcharge|difference|fee|fees|charge|charges|deposit} back",
                 kClaim, kKeep},
                {u"{didnt|did not|never} {authorise|authorize|authorised|authorized}", kClaim,
                 kKeep},
                {u"{unauthorised|unauthorized|fraudulent} {transaction|payment|payments|charge}",
                 kClaim, kKeep},

                {u"{how do i|how can i|how to|how do you|how long|can you|could you|can i|could i|"
                 u"is there|is it possible|do you|does anyone|anyone know|anyone else|what is|"
                 u"whats|when will|when is|where is|where can|why is|why does|why has|any update|"
                 u"any news|please help|help me|please advise|please tell|can someone|"
                 u"i need help|need help|any idea|any ideas}",
                 kQuestion, kKeep},
                {u"{do i need|do i have to|should i|could we|how much|what time|which one|"
                 u"please confirm|please could you|could someone|can someone|please explain|"
                 u"please let me know|let me know}",
                 kQuestion, kKeep},
                // A request to be put through is an ask, however it is worded.
                {u"{speak to|talk to|speak with|talk with} {a human|a person|a real person|"
                 u"someone|somebody|a manager|a supervisor}",
                 kQuestion, kKeep},
                {u"{call me back|please call me|ring me back|please ring me}", kQuestion, kKeep},

                {u"{love|loving|loved|thank you|thanks|thank u|thx|ty|cheers|brilliant|amazing|"
                 u"excellent|fantastic|awesome|superb|outstanding|wonderful|great service|"
                 u"great job|well done|kudos|shout out|shoutout|best|recommend|impressed|"
                 u"happy with|so much better|nicely|perfect|legends|star|5 stars|five stars|"
                 u"cant fault|cannot fault|no complaints}",
                 kPraise},

                {u"{would be nice if|would be nice to|would be great if|would be good if|"
                 u"would love to see|would love it if|it would help if|you should add|"
                 u"you should bring|you should make|you should offer|you should have|"
                 u"you should let|suggestion|suggest|feature request|please add|please bring back|"
                 u"bring back|why dont you|could you add|can you add|wish you|wish the|idea}",
                 kFeedback, kKeep},
                {u"{would be great to see|would be good to see|would be nice to see|"
                 u"would be helpful if|would be really helpful if|would be great if|"
                 u"it would help|would move faster if|would move a lot faster if|tip|"
                 u"one small thing|maybe worth|worth telling|only wish|just wish}",
                 kFeedback, kKeep},

                {u"{follow me|follow back|check out my|check my|dm me for|dm for|dm to|"
                 u"giveaway|give away|win a free|rt to win|rt and follow|follow and rt|"
                 u"link in bio|click the link|click here|promo code|free followers|crypto|"
                 u"bitcoin|forex|nft|airdrop|passive income|make money|earn money|"
                 u"a day from home|investment opportunity|whatsapp me|onlyfans}",
                 kSpam, kKeep},
                {u"{sorted now|all sorted|its sorted|sorted it|fixed now|all fixed|thats fixed|"
                 u"its fixed|working again|works again|back up|back on|back online|resolved|"
                 u"problem solved|never mind|nevermind|nvm|ignore my last|all good now}",
                 kResolved, kKeep},
                // Thanks for money that came back closes the matter.
                {u"{thanks|thank you|ty|thx|cheers} for the {refund|compensation|credit|"
                 u"quick refund|fast refund}",
                 kResolved, kKeep},
                // "Took two days but sorted."
                {u"{but|and|finally} sorted", kResolved, kKeep},
                // The money came back: "got my refund", "refund has arrived".
                {u"{has been|have been|got} refunded", kResolved, kKeep},
                {u"{got|received|finally got|had} my {refund|money back|compensation}", kResolved,
                 kKeep},
                {u"{refund|compensation} {came through|has come through|arrived|has arrived|"
                 u"landed|has landed}",
                 kResolved, kKeep},
                // "the outage is finally over"; not "my bill is over £100" or "the price is
                // fixed"
                {u"{got|been} {fixed|sorted|resolved|solved}", kResolved, kKeep},
                {u"{is|are|was|were} {sorted|resolved|solved}", kResolved, kKeep},
                {u"{is|are|was|were} {finally|now|all} {fixed|sorted|resolved|solved}", kResolved,
                 kKeep},
                {u"{is|are} {fixed|sorted} now", kResolved, kKeep},
                {u"{is|are|was|were} finally over", kResolved, kKeep},
                {u"{is|are} over now", kResolved, kKeep},

                {u"{still no answer|still no reply|still no response|no answer|no reply|"
                 u"no response|anyone there|anybody there|is anyone|hello|waiting for a reply|"
                 u"waiting for a response|please respond|please reply|answer me|reply to my|"
                 u"ignoring me|ignored|if someone actually|if anyone actually}",
                 kChase, kKeep},
                // Longer than the suggestion it starts like, so it is read as what it is.
                {u"would be {great|nice|good|lovely} if {someone|anyone|you} actually", kChase,
                 kKeep},
                // "I was told it was escalated. That was 3 weeks ago.": time gone by is the chase.
                {u"{that was|which was|and that was|that is|thats} {2|3|4|5|6|7|8|9|10|two|three|"
                 u"four|five|six|several|a few} {days|weeks|months} ago",
                 kChase, kKeep},
            });
        built.addPhrases(
            u"de"_s,
            {
                {u"{funktioniert nicht|geht nicht|kein internet|kein netz|kein empfang|"
                 u"kein signal|störung|ausgefallen|ausfall|kaputt|defekt|fehler|abgestürzt}",
                 kProblem, kKeep},
                {u"{immer noch|noch immer|schon wieder|seit tagen|seit wochen|seit stunden|"
                 u"warte seit|niemand|keiner|nicht angekommen|nicht geliefert|verloren|weg|"
                 u"verspätet|verspätung|annulliert|storniert|falsch|doppelt}",
                 kProblem, kKeep},
                {u"{nicht gekommen|nicht erschienen|zum dritten mal|zum x-ten mal|warteschleife|"
                 u"mir reichts|mir reicht es|seit gestern nicht|seit heute nicht|"
                 u"dauert so lange|dauert das so lange}",
                 kProblem, kKeep},
                // "Die Leitung ist tot", not "ich lach mich tot"; "die App stürzt ab", not "stürzt
                // sich auf".
                {u"{ist tot|war tot|leitung tot|telefon tot|kein telefon|app stürzt|stürzt ab|"
                 u"stürzt ständig|stürzt immer|niemand ruft|ruft niemand|kein rückruf|"
                 u"so werde ich behandelt|so behandelt ihr|so behandelt man}",
                 kProblem, kKeep},
                {u"{katastrophe|frechheit|unverschämt|unverschämtheit|skandal|enttäuscht|"
                 u"miserabel|schlecht|ärgerlich|sauer|wütend|beschwerde|beschwert|"
                 u"unzumutbar|zumutung|frech|lächerlich}",
                 kProblem, kKeep},

                {u"{nie angekommen|nicht angekommen|als zugestellt|zugestellt markiert|"
                 u"kein wasser|kein strom|kein warmwasser|kein gas|verschoben|mülltonne|"
                 u"ersetzt|ersatzartikel|wo bleibt|nie|ohne erklärung|warte auf|"
                 u"kenne keine|fremden person|fremde person|unhöflich|warte ich|warten wir}",
                 kProblem, kKeep},
                {u"{abgebucht|doppelt abgebucht|differenz zurück|zurück haben|zurückhaben|"
                 u"erstattet|zurückerstatten|zu viel berechnet}",
                 kClaim, kKeep},
                {u"{erstattung|rückerstattung|erstatten|geld zurück|entschädigung|"
                 u"schadensersatz|gutschrift|rückbuchung|ausgleichszahlung}",
                 kClaim, kKeep},

                {u"{wie kann ich|wie kann man|wie lange|wie geht|können sie|könnt ihr|kannst du|"
                 u"kann ich|gibt es|wann|wo ist|warum|wieso|weshalb|bitte helfen|hilfe|"
                 u"helft mir|brauche hilfe|was ist|könnten sie|sagen sie mir|bitte sagen|"
                 u"darf ich|muss ich|sind eure|ist euer|ist eure}",
                 kQuestion, kKeep},

                {u"{danke|vielen dank|dankeschön|super|toll|klasse|spitze|großartig|"
                 u"hervorragend|empfehlen|zufrieden|begeistert|beste|top|perfekt|"
                 u"läuft super|liebe}",
                 kPraise},

                {u"{wunsch|bitte eine option|bitte bringt|bringt zurück|wäre praktisch|"
                 u"wäre hilfreich}",
                 kFeedback, kKeep},
                {u"{es wäre schön|wäre schön|wäre toll|wäre super|wäre gut|vorschlag|"
                 u"ihr solltet|wünsche mir|wünschen uns|bitte einführen|idee}",
                 kFeedback, kKeep},

                {u"{folgt mir|gewinnspiel|verlosung|link in bio}", kSpam, kKeep},

                {u"{funktioniert wieder|geht wieder|läuft wieder|hat sich erledigt|erledigt|"
                 u"problem gelöst|alles gut}",
                 kResolved, kKeep},

                {u"{keine antwort|keine reaktion|niemand antwortet|niemand meldet|"
                 u"reagiert nicht|reagiert niemand|hallo}",
                 kChase, kKeep},
            });
        return built;
    }();
    return m;
}

} // namespace earshot
