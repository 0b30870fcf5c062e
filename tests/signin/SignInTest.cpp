// SPDX-License-Identifier: Apache-2.0
// A browser sign-in in this process, over real HTTP: the fixture plays the Mastodon instance and
// X, a thread plays the browser (it GETs the authorize page and follows its redirect to the
// loopback listener), and a private GNOME Keyring keeps what is kept.
#include "OAuthFixture.h"
#include "PrivateKeyring.h"
#include "TestSupport.h"
#include "clock/Clock.h"
#include "connectors/NetworkRegistry.h"
#include "net/NetworkLoop.h"
#include "platforms/x/XNetwork.h"
#include "platforms/x/XTokens.h"
#include "secrets/SecretStore.h"
#include "signin/BrowserSignIn.h"

#include <QSignalSpy>

#include <future>

using namespace earshot;
using namespace earshot::test;
using namespace Qt::StringLiterals;

namespace {

class SignIn : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(privateKeyring().problem().isEmpty())
            << privateKeyring().problem().toStdString();
    }

    SignInOptions mastodon()
    {
        SignInOptions options;
        options.platform = u"mastodon"_s;
        options.baseUrl = fixture.url(u""_s);
        options.secrets = &secrets;
        options.appKey = u"signin-test/mastodon-app/"_s + QString::number(fixture.server.port());
        return options;
    }

    SignInOptions x()
    {
        SignInOptions options;
        options.platform = u"x"_s;
        options.baseUrl = fixture.url(u""_s);
        options.authorizeUrl = fixture.url(u"/i/oauth2/authorize"_s);
        options.tokenUrl = fixture.url(u"/2/oauth2/token"_s);
        options.clientId = QString::fromLatin1(OAuthFixture::xClientId);
        return options;
    }

    // Runs the sign-in with the browser on a thread of its own (the listener answers on this
    // one), until it finishes.
    SignInResult run(const SignInOptions &options)
    {
        BrowserSignIn signIn(&net, systemClock(), options);
        std::future<BrowserVisit> browsed;
        QObject::connect(&signIn, &BrowserSignIn::openBrowser, [&](const QUrl &url) {
            browsed = std::async(std::launch::async, [url] { return visitAsBrowser(url); });
        });
        QSignalSpy finished(&signIn, &BrowserSignIn::finished);
        signIn.start();
        if (finished.isEmpty()) {
            EXPECT_TRUE(finished.wait(30'000));
        }
        if (browsed.valid())
            visit = browsed.get();
        EXPECT_EQ(finished.size(), 1);
        return finished.isEmpty() ? SignInResult{} : finished.at(0).at(0).value<SignInResult>();
    }

    OAuthFixture fixture;
    NetworkLoop net;
    SecretStore secrets;
    BrowserVisit visit;
};

} // namespace

TEST_F(SignIn, MastodonRegistersTheAppOnceAndGivesTheTokenOfTheAccount)
{
    const SignInResult first = run(mastodon());
    ASSERT_TRUE(first.ok()) << first.problem.toStdString();
    EXPECT_EQ(first.handle, u"fernline"_s);
    EXPECT_EQ(first.secret, QString::fromLatin1(OAuthFixture::mastodonToken));
    EXPECT_EQ(visit.authorizeStatus, 302);
    EXPECT_EQ(visit.redirectedTo.host(), u"127.0.0.1"_s);
    EXPECT_EQ(visit.callbackStatus, 200);
    EXPECT_NE(visit.callbackBody.find("You can close this tab and return to Earshot"),
              std::string::npos);

    OAuthFixture::Seen seen = fixture.seen();
    EXPECT_EQ(seen.appsRegistered, 1);
    EXPECT_EQ(seen.registeredRedirectUri, seen.lastRedirectUri);
    ASSERT_EQ(seen.tokenForms.size(), 1u);
    EXPECT_EQ(seen.tokenForms.at(0).at("grant_type"), "authorization_code");
    EXPECT_EQ(seen.tokenForms.at(0).at("code_verifier").size(), 43u);
    ASSERT_FALSE(seen.bearers.empty());
    EXPECT_EQ(seen.bearers.back(), OAuthFixture::mastodonToken);

    // The app (with its client secret) is in the keychain, and the next sign-in uses it.
    const SecretResult app = secrets.readNow(SecretPlace::Keychain, mastodon().appKey);
    ASSERT_TRUE(app.ok()) << app.message.toStdString();
    EXPECT_TRUE(app.secret.contains(QString::fromLatin1(OAuthFixture::mastodonClientSecret)));

    const SignInResult second = run(mastodon());
    ASSERT_TRUE(second.ok()) << second.problem.toStdString();
    seen = fixture.seen();
    EXPECT_EQ(seen.appsRegistered, 1) << "registered again although nothing changed";
    EXPECT_EQ(seen.tokenForms.size(), 2u);
}

TEST_F(SignIn, AnAnswerWithAnotherStateIsRefusedAndNoCodeIsExchanged)
{
    fixture.setApproval(OAuthFixture::Approval::WrongState);
    const SignInResult result = run(mastodon());
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.problem.contains(u"state did not match"_s)) << result.problem.toStdString();
    EXPECT_TRUE(result.secret.isEmpty());
    EXPECT_TRUE(fixture.seen().tokenForms.empty());
}

TEST_F(SignIn, ADeniedAuthorizationSaysSoInWords)
{
    fixture.setApproval(OAuthFixture::Approval::Deny);
    const SignInResult x1 = run(x());
    EXPECT_FALSE(x1.ok());
    EXPECT_EQ(x1.problem,
              u"Access to the account was denied at X, so Earshot was not signed in."_s);
    EXPECT_TRUE(fixture.seen().tokenForms.empty());
    EXPECT_NE(visit.callbackBody.find("You can close this tab"), std::string::npos);
}

TEST_F(SignIn, XGivesAccessAndRefreshTokensForTheSignedInUser)
{
    const SignInResult result = run(x());
    ASSERT_TRUE(result.ok()) << result.problem.toStdString();
    EXPECT_EQ(result.handle, u"fernline_x"_s);
    const XTokens tokens = XTokens::fromSecret(result.secret);
    EXPECT_EQ(tokens.accessToken, QString::fromLatin1(OAuthFixture::xAccessToken1));
    EXPECT_EQ(tokens.refreshToken, QString::fromLatin1(OAuthFixture::xRefreshToken1));
    EXPECT_EQ(tokens.clientId, QString::fromLatin1(OAuthFixture::xClientId));
    EXPECT_TRUE(tokens.canRefresh());
    EXPECT_GT(tokens.expiresAtMs, 0);

    const OAuthFixture::Seen seen = fixture.seen();
    ASSERT_EQ(seen.tokenForms.size(), 1u);
    EXPECT_EQ(seen.tokenForms.at(0).at("client_id"), OAuthFixture::xClientId);
    EXPECT_EQ(seen.tokenForms.at(0).count("client_secret"), 0u);
    EXPECT_EQ(seen.appsRegistered, 0);
}

TEST_F(SignIn, XConnectorRenewsARefusedTokenOnceAndUsesTheNewOne)
{
    XTokens tokens;
    tokens.accessToken = QString::fromLatin1(OAuthFixture::xAccessToken1);
    tokens.refreshToken = QString::fromLatin1(OAuthFixture::xRefreshToken1);
    tokens.clientId = QString::fromLatin1(OAuthFixture::xClientId);
    tokens.tokenUrl = fixture.url(u"/2/oauth2/token"_s);
    fixture.expireXAccessToken();

    ConnectorAccount account;
    account.accountId = 7;
    account.platform = u"x"_s;
    account.feed = u"x:7"_s;
    account.handle = u"fernline_x"_s;
    account.baseUrl = fixture.url(u""_s).toString();
    account.secret = tokens.toSecret();
    NetworkContext context;
    context.net = &net;
    context.clock = systemClock();
    std::vector<std::pair<std::int64_t, QString>> renewed;
    context.secretRenewed = [&](std::int64_t id, const QString &secret) {
        renewed.emplace_back(id, secret);
    };
    NetworkParts parts = makeXNetwork(account, context);
    QSignalSpy batches(parts.connector.get(), &Connector::mentionsArrived);
    QSignalSpy finished(parts.connector.get(), &Connector::cycleFinished);
    parts.connector->fetchOnce(QString());
    ASSERT_TRUE(finished.wait(30'000));
    EXPECT_TRUE(finished.at(0).at(0).toBool()) << parts.connector->health().lastError.toStdString();
    ASSERT_EQ(batches.size(), 1);
    EXPECT_EQ(batches.at(0).at(0).value<MentionBatch>().mentions.size(), 1u);

    const OAuthFixture::Seen seen = fixture.seen();
    ASSERT_GE(seen.bearers.size(), 3u);
    EXPECT_EQ(seen.bearers.front(), OAuthFixture::xAccessToken1); // refused
    for (std::size_t i = 1; i < seen.bearers.size(); ++i)
        EXPECT_EQ(seen.bearers.at(i), OAuthFixture::xAccessToken2);
    ASSERT_EQ(seen.tokenForms.size(), 1u);
    EXPECT_EQ(seen.tokenForms.at(0).at("grant_type"), "refresh_token");
    ASSERT_EQ(renewed.size(), 1u);
    EXPECT_EQ(renewed.at(0).first, 7);
    const XTokens kept = XTokens::fromSecret(renewed.at(0).second);
    EXPECT_EQ(kept.accessToken, QString::fromLatin1(OAuthFixture::xAccessToken2));
    EXPECT_EQ(kept.refreshToken, QString::fromLatin1(OAuthFixture::xRefreshToken2));
}

TEST_F(SignIn, XRefusedAgainAfterRenewalFailsWithoutLooping)
{
    XTokens tokens;
    tokens.accessToken = u"revoked-token"_s;
    tokens.refreshToken = u"revoked-refresh"_s;
    tokens.clientId = QString::fromLatin1(OAuthFixture::xClientId);
    tokens.tokenUrl = fixture.url(u"/2/oauth2/token"_s);
    ConnectorAccount account;
    account.platform = u"x"_s;
    account.handle = u"fernline_x"_s;
    account.baseUrl = fixture.url(u""_s).toString();
    account.secret = tokens.toSecret();
    NetworkContext context;
    context.net = &net;
    context.clock = systemClock();
    NetworkParts parts = makeXNetwork(account, context);
    QSignalSpy finished(parts.connector.get(), &Connector::cycleFinished);
    parts.connector->fetchOnce(QString());
    ASSERT_TRUE(finished.wait(30'000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_TRUE(parts.connector->health().lastError.contains(u"sign in again"_s))
        << parts.connector->health().lastError.toStdString();
    EXPECT_EQ(fixture.seen().tokenForms.size(), 1u);
}

TEST(Pkce, ChallengeIsTheRfc7636ExampleAndVerifiersDiffer)
{
    // RFC 7636, appendix B.
    EXPECT_EQ(s256Challenge(u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s),
              u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s);
    const Pkce a = Pkce::make();
    const Pkce b = Pkce::make();
    EXPECT_EQ(a.verifier.size(), 43);
    EXPECT_NE(a.verifier, b.verifier);
    EXPECT_EQ(a.challenge, s256Challenge(a.verifier));
    EXPECT_NE(makeOAuthState(), makeOAuthState());
}
