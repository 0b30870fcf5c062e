// SPDX-License-Identifier: Apache-2.0
#include "training/NoiseTexts.h"

namespace earshot {

using namespace Qt::StringLiterals;

namespace {

const QStringList englishQuestions{
    u"Do you have a shop near the station? Want to try the new phones"_s,
    u"How do I change the name on my bill?"_s,
    u"Is there a student discount on the broadband plans?"_s,
    u"Can I keep my number if I switch to you?"_s,
    u"What time does the support line open on Sundays?"_s};
const QStringList englishComplaints{u"Third time this week the app logs me out. Sort it please"_s,
                                    u"Waited 40 minutes on hold and got cut off. Not impressed"_s,
                                    u"Why did my bill go up again without a word?"_s,
                                    u"Signal in the town centre is terrible today"_s};
const QStringList englishPraise{
    u"Shout out to the lady in the shop who sorted my transfer in 5 min"_s,
    u"New router is brilliant, thanks!"_s, u"Honestly the quickest support chat I have ever had"_s};
const QStringList englishChatter{u"Anyone else watching the match on the new TV package?"_s,
                                 u"Rainy Tuesday, at least the wifi works"_s,
                                 u"Just saw your advert on the bus, catchy tune"_s};

const QStringList germanQuestions{u"Gibt es einen Laden in der Nähe vom Bahnhof?"_s,
                                  u"Wie ändere ich die Rechnungsadresse?"_s,
                                  u"Gibt es einen Studentenrabatt für DSL?"_s,
                                  u"Kann ich meine Nummer mitnehmen, wenn ich wechsle?"_s};
const QStringList germanComplaints{u"Schon wieder fliege ich aus der App raus. Bitte beheben"_s,
                                   u"40 Minuten in der Warteschleife und dann aufgelegt. Toll."_s,
                                   u"Warum ist meine Rechnung schon wieder höher?"_s};
const QStringList germanPraise{u"Danke an den Kollegen im Laden, der mir so schnell geholfen hat"_s,
                               u"Der neue Router ist super, danke!"_s};
const QStringList germanChatter{u"Schaut noch jemand das Spiel über euer TV-Paket?"_s,
                                u"Regnerischer Dienstag, aber das WLAN läuft"_s};

} // namespace

const QStringList &noiseTexts(const QString &language, const QString &category)
{
    const bool german = language == u"de";
    if (category == u"question")
        return german ? germanQuestions : englishQuestions;
    if (category == u"complaint")
        return german ? germanComplaints : englishComplaints;
    if (category == u"praise")
        return german ? germanPraise : englishPraise;
    return german ? germanChatter : englishChatter;
}

QString noisePersonName(int number)
{
    static const QStringList first{u"Sam"_s, u"Alex"_s,    u"Robin"_s, u"Kim"_s,
                                   u"Jo"_s,  u"Charlie"_s, u"Toni"_s,  u"Mika"_s};
    static const QStringList last{u"Ashdown"_s, u"Brennan"_s, u"Calloway"_s, u"Dunmore"_s,
                                  u"Elwood"_s};
    return first[number % first.size()] + u' ' + last[(number / first.size()) % last.size()];
}

} // namespace earshot
