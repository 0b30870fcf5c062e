// SPDX-License-Identifier: Apache-2.0
#include "signin/BrowserSignIn.h"

#include "Tr.h"
#include "clock/Clock.h"
#include "logging/LogCategories.h"
#include "net/LoopbackRedirect.h"
#include "platforms/x/XTokens.h"
#include "secrets/SecretStore.h"
#include "store/WorkspaceSettings.h"
#include "json/JsonFields.h"
#include "json/JsonInput.h"

#include <nlohmann/json.hpp>

namespace earshot {

using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

// What Earshot asks of each network (docs/networks/mastodon.md, x.md).
const QString mastodonScopes = u"read write"_s;
const QString xScopes = u"tweet.read tweet.write users.read dm.read dm.write offline.access"_s;
const QString redirectPath = u"/callback"_s;

std::optional<json> parseObject(const QByteArray &body)
{
    JsonInput input = parseJsonInput(std::string_view(body.constData(), std::size_t(body.size())));
    if (!input.ok() || !input.value.is_object())
        return std::nullopt;
    return std::move(input.value);
}

QUrl underBase(const QUrl &base, const QString &path, const QUrlQuery &query = {})
{
    return HttpRequest::toApi("GET", base, path, query).url;
}

HttpRequest withBearer(HttpRequest request, const QString &token)
{
    request.headers.set("Authorization", "Bearer " + token.toUtf8());
    return request;
}

} // namespace

QUrl SignInSettings::defaultXAuthorizeUrl()
{
    return QUrl(u"https://x.com/i/oauth2/authorize"_s);
}

SignInOptions SignInSettings::optionsFor(Database &db, const QString &platform,
                                         const QString &baseUrl)
{
    SignInOptions options;
    options.platform = platform;
    options.baseUrl = QUrl(baseUrl);
    if (platform == u"x") {
        if (baseUrl.isEmpty())
            options.baseUrl = QUrl(u"https://api.x.com"_s);
        options.clientId = WorkspaceSettings::value(db, xClientId).trimmed();
        options.authorizeUrl =
            QUrl(WorkspaceSettings::value(db, xAuthorizeUrl, defaultXAuthorizeUrl().toString()));
        options.tokenUrl =
            QUrl(WorkspaceSettings::value(db, xTokenUrl, defaultXTokenUrl().toString()));
        bool ok = false;
        const uint port = WorkspaceSettings::value(db, xRedirectPort).toUInt(&ok);
        options.port = ok && port > 0 && port < 65536 ? std::uint16_t(port) : defaultXRedirectPort;
    }
    return options;
}

QString mastodonAppKey(const QString &workspaceId, const QUrl &instance)
{
    return workspaceId + u"/mastodon-app/"_s
           + instance.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveScheme).toString().mid(2);
}

BrowserSignIn::BrowserSignIn(NetworkLoop *net, std::shared_ptr<Clock> clock, SignInOptions options,
                             QObject *parent)
    : QObject(parent)
    , m_net(net)
    , m_clock(std::move(clock))
    , m_options(std::move(options))
{}

BrowserSignIn::~BrowserSignIn()
{
    m_request.cancel();
}

QString BrowserSignIn::networkTitle() const
{
    return m_options.platform == u"x" ? u"X"_s : u"Mastodon"_s;
}

QUrl BrowserSignIn::redirectUri() const
{
    return m_listener ? m_listener->redirectUri() : QUrl();
}

void BrowserSignIn::start()
{
    m_pkce = Pkce::make();
    m_state = makeOAuthState();
    if (!m_net)
        return finish(Tr::tr("This session has no network connection."));
    if (m_options.platform == u"x") {
        if (m_options.clientId.isEmpty())
            return finish(Tr::tr("Signing in to X needs the OAuth 2.0 client id of your app "
                                 "from the X developer portal (setting %1).")
                              .arg(QString::fromLatin1(SignInSettings::xClientId)));
        if (!listenOn(m_options.port))
            return;
        askBrowser();
        return;
    }
    if (m_options.platform != u"mastodon")
        return finish(Tr::tr("Signing in with a browser works for Mastodon and X; for %1, paste "
                             "a token or an app password.")
                          .arg(m_options.platform));
    if (!m_options.secrets || m_options.appKey.isEmpty()) {
        listenAndRegister({});
        return;
    }
    Q_EMIT progress(Tr::tr("Looking for Earshot's app on %1...").arg(m_options.baseUrl.host()));
    m_options.secrets->read(SecretPlace::Keychain, m_options.appKey, this,
                            [this](const SecretResult &found) {
                                MastodonApp known;
                                if (found.ok()) {
                                    if (const auto o = parseObject(found.secret.toUtf8())) {
                                        known.clientId = jsonString(*o, "client_id");
                                        known.clientSecret = jsonString(*o, "client_secret");
                                        known.redirectUri = jsonString(*o, "redirect_uri");
                                    }
                                }
                                listenAndRegister(known);
                            });
}

bool BrowserSignIn::listenOn(std::uint16_t port)
{
    delete m_listener;
    m_listener = new LoopbackRedirect(this);
    if (!m_listener->listen(port, redirectPath, m_options.timeout)) {
        finish(m_listener->error());
        return false;
    }
    connect(m_listener, &LoopbackRedirect::received, this, &BrowserSignIn::onRedirect);
    connect(m_listener, &LoopbackRedirect::timedOut, this,
            [this] { finish(Tr::tr("No answer came from the browser in time; try again.")); });
    return true;
}

void BrowserSignIn::listenAndRegister(const MastodonApp &known)
{
    // The app registered before came back to a port of its own: listen there again when it is
    // free, so the registration holds; otherwise any port, and the app is registered anew.
    const QUrl knownRedirect(known.redirectUri);
    bool listening = false;
    if (!known.clientId.isEmpty() && knownRedirect.host() == u"127.0.0.1"_s
        && knownRedirect.port() > 0) {
        m_listener = new LoopbackRedirect(this);
        listening = m_listener->listen(std::uint16_t(knownRedirect.port()), redirectPath,
                                       m_options.timeout);
        if (listening) {
            connect(m_listener, &LoopbackRedirect::received, this, &BrowserSignIn::onRedirect);
            connect(m_listener, &LoopbackRedirect::timedOut, this, [this] {
                finish(Tr::tr("No answer came from the browser in time; try again."));
            });
        }
    }
    if (!listening && !listenOn(0))
        return;
    if (!known.clientId.isEmpty() && known.redirectUri == redirectUri().toString()) {
        m_app = known;
        askBrowser();
        return;
    }
    registerApp();
}

void BrowserSignIn::registerApp()
{
    Q_EMIT progress(Tr::tr("Registering Earshot on %1...").arg(m_options.baseUrl.host()));
    HttpRequest request = postForm(underBase(m_options.baseUrl, u"/api/v1/apps"_s),
                                   {{u"client_name"_s, u"Earshot"_s},
                                    {u"redirect_uris"_s, redirectUri().toString()},
                                    {u"scopes"_s, mastodonScopes}});
    m_request = m_net->submit(std::move(request), this, [this](const HttpResult &result) {
        if (!result.ok())
            return finish(Tr::tr("%1 did not register Earshot as an app: %2")
                              .arg(m_options.baseUrl.host(), result.errorText()));
        const auto o = parseObject(result.body);
        if (!o || jsonString(*o, "client_id").isEmpty())
            return finish(Tr::tr("%1 answered the app registration in a way Earshot could not "
                                 "read.")
                              .arg(m_options.baseUrl.host()));
        m_app.clientId = jsonString(*o, "client_id");
        m_app.clientSecret = jsonString(*o, "client_secret");
        m_app.redirectUri = redirectUri().toString();
        qCInfo(lcNet) << "sign-in: registered the app on" << m_options.baseUrl.host();
        if (m_options.secrets && !m_options.appKey.isEmpty()) {
            const json kept{{"client_id", m_app.clientId.toStdString()},
                            {"client_secret", m_app.clientSecret.toStdString()},
                            {"redirect_uri", m_app.redirectUri.toStdString()}};
            // Kept for the next sign-in; when the keychain refuses, this one goes on and the
            // next registers again.
            m_options.secrets->write(SecretPlace::Keychain, m_options.appKey,
                                     QString::fromStdString(kept.dump()), this,
                                     [](const SecretResult &written) {
                                         if (!written.ok())
                                             qCWarning(lcNet) << "sign-in: the app could not be "
                                                                 "kept in the keychain:"
                                                              << written.message;
                                     });
        }
        askBrowser();
    });
}

void BrowserSignIn::askBrowser()
{
    QUrlQuery query;
    const bool x = m_options.platform == u"x";
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"client_id"_s, x ? m_options.clientId : m_app.clientId);
    query.addQueryItem(u"redirect_uri"_s, redirectUri().toString());
    query.addQueryItem(u"scope"_s, x ? xScopes : mastodonScopes);
    query.addQueryItem(u"state"_s, m_state);
    query.addQueryItem(u"code_challenge"_s, m_pkce.challenge);
    query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    if (x) {
        m_authorizeUrl = m_options.authorizeUrl.isEmpty() ? SignInSettings::defaultXAuthorizeUrl()
                                                          : m_options.authorizeUrl;
        m_authorizeUrl.setQuery(query);
    } else {
        m_authorizeUrl = underBase(m_options.baseUrl, u"/oauth/authorize"_s, query);
    }
    Q_EMIT progress(Tr::tr("Waiting for you to approve Earshot in the browser..."));
    Q_EMIT openBrowser(m_authorizeUrl);
}

void BrowserSignIn::onRedirect(const QUrlQuery &query)
{
    const QString state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    if (state != m_state)
        return finish(Tr::tr("The browser came back from a different sign-in (its state did not "
                             "match); nothing was stored. Try again."));
    const QString error = query.queryItemValue(u"error"_s, QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        QString description = query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded);
        description.replace(u'+', u' ');
        if (error == u"access_denied")
            return finish(Tr::tr("Access to the account was denied at %1, so Earshot was not "
                                 "signed in.")
                              .arg(networkTitle()));
        return finish(Tr::tr("%1 refused the sign-in: %2")
                          .arg(networkTitle(), description.isEmpty()
                                                   ? error
                                                   : error + u" ("_s + description + u')'));
    }
    const QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    if (code.isEmpty())
        return finish(Tr::tr("The browser came back without an authorization code."));
    exchange(code);
}

void BrowserSignIn::exchange(const QString &code)
{
    Q_EMIT progress(Tr::tr("Finishing the sign-in with %1...").arg(networkTitle()));
    const bool x = m_options.platform == u"x";
    std::vector<std::pair<QString, QString>> fields{
        {u"grant_type"_s, u"authorization_code"_s},
        {u"code"_s, code},
        {u"client_id"_s, x ? m_options.clientId : m_app.clientId},
        {u"redirect_uri"_s, redirectUri().toString()},
        {u"code_verifier"_s, m_pkce.verifier}};
    if (!x) {
        fields.emplace_back(u"client_secret"_s, m_app.clientSecret);
        fields.emplace_back(u"scope"_s, mastodonScopes);
    }
    const QUrl url = x ? (m_options.tokenUrl.isEmpty() ? defaultXTokenUrl() : m_options.tokenUrl)
                       : underBase(m_options.baseUrl, u"/oauth/token"_s);
    m_request = m_net->submit(postForm(url, fields), this,
                              [this](const HttpResult &result) { onToken(result); });
}

void BrowserSignIn::onToken(const HttpResult &result)
{
    if (!result.ok()) {
        const QString why = readOAuthError(result.body);
        return finish(Tr::tr("%1 did not give a token for the code: %2")
                          .arg(networkTitle(), why.isEmpty() ? result.errorText() : why));
    }
    XTokens previous;
    previous.clientId = m_options.clientId;
    previous.tokenUrl = m_options.tokenUrl.isEmpty() ? defaultXTokenUrl() : m_options.tokenUrl;
    const auto tokens = readXTokenAnswer(result.body, previous, m_clock->nowMs());
    if (!tokens)
        return finish(Tr::tr("%1 answered with no token Earshot could read.").arg(networkTitle()));
    m_accessToken = tokens->accessToken;
    m_secret = m_options.platform == u"x" ? tokens->toSecret() : tokens->accessToken;
    verify();
}

void BrowserSignIn::verify()
{
    const bool x = m_options.platform == u"x";
    HttpRequest request =
        HttpRequest::toApi("GET", m_options.baseUrl,
                           x ? u"/2/users/me"_s : u"/api/v1/accounts/verify_credentials"_s, {});
    m_request = m_net->submit(withBearer(std::move(request), m_accessToken), this,
                              [this](const HttpResult &result) { onVerified(result); });
}

void BrowserSignIn::onVerified(const HttpResult &result)
{
    if (!result.ok())
        return finish(
            Tr::tr("%1 did not accept the new token: %2").arg(networkTitle(), result.errorText()));
    const auto o = parseObject(result.body);
    QString handle;
    if (o && m_options.platform == u"x") {
        const auto data = o->find("data");
        if (data != o->end() && data->is_object())
            handle = jsonString(*data, "username");
    } else if (o) {
        handle = jsonString(*o, "username");
    }
    if (handle.isEmpty())
        return finish(Tr::tr("%1 did not say which account signed in.").arg(networkTitle()));
    SignInResult done;
    done.handle = handle;
    done.secret = m_secret;
    m_done = true;
    if (m_listener)
        m_listener->close();
    qCInfo(lcNet) << "sign-in:" << networkTitle() << "account signed in";
    Q_EMIT finished(done);
}

void BrowserSignIn::cancel()
{
    finish(Tr::tr("The sign-in was cancelled."));
}

void BrowserSignIn::finish(const QString &problem)
{
    if (m_done)
        return;
    m_done = true;
    m_request.cancel();
    if (m_listener)
        m_listener->close();
    qCInfo(lcNet) << "sign-in:" << networkTitle() << "ended without an account";
    SignInResult result;
    result.problem = problem;
    Q_EMIT finished(result);
}

} // namespace earshot
