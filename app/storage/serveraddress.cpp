// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/serveraddress.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace opcc {

namespace {

// libpq's connection-string quoting: 'value', with \ and ' escaped.
QString connectionValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

bool ServerAddress::isServerUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<ServerAddress> ServerAddress::parse(const QString &uri, QString *error)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!isServerUri(uri) || !url.isValid()) {
        *error = tr("\"%1\" is not a PostgreSQL address: write "
                    "postgresql://[user@]host[:port]/database[?param=value].")
                     .arg(uri);
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error = tr("A password does not belong in the address: put it in ~/.pgpass, a "
                    "service file or PGPASSWORD, where PostgreSQL's client library finds it.");
        return std::nullopt;
    }
    ServerAddress address;
    address.host = url.host(QUrl::FullyDecoded);
    address.port = url.port(-1);
    address.user = url.userName(QUrl::FullyDecoded);
    address.database = url.path(QUrl::FullyDecoded).mid(1);
    if (address.database.contains(QLatin1Char('/'))) {
        *error = tr("\"%1\" names a database with a \"/\" in it: write "
                    "postgresql://[user@]host[:port]/database.")
                     .arg(url.toDisplayString(QUrl::RemoveUserInfo));
        return std::nullopt;
    }
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z_]+$"));
    bool service = false;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password")) {
            *error = tr("A password does not belong in the address: put it in ~/.pgpass, a "
                        "service file or PGPASSWORD, where PostgreSQL's client library finds it.");
            return std::nullopt;
        }
        if (!keyPattern.match(key).hasMatch() || value.contains(QLatin1Char(';'))) {
            *error = tr("\"%1=%2\" is not a connection parameter PostgreSQL reads (such as "
                        "sslmode=require or connect_timeout=10).")
                         .arg(key, value);
            return std::nullopt;
        }
        service = service || key == QLatin1String("service");
        address.options.append(key + QLatin1Char('=') + connectionValue(value));
    }
    if (address.database.isEmpty() && !service) {
        *error = tr("\"%1\" names no database: write postgresql://[user@]host[:port]/database.")
                     .arg(uri);
        return std::nullopt;
    }
    return address;
}

QString ServerAddress::hostAndPort() const
{
    const QString shownHost = host.isEmpty() ? tr("the local server") : host;
    return port < 0 ? shownHost : QStringLiteral("%1:%2").arg(shownHost).arg(port);
}

QString ServerAddress::displayName() const
{
    const QString who = user.isEmpty() ? QString() : user + QLatin1Char('@');
    return QStringLiteral("postgresql://%1%2/%3")
        .arg(who, host.isEmpty() ? QString() : hostAndPort(), database);
}

QString ServerAddress::connectOptions() const
{
    return options.join(QLatin1Char(';'));
}

QString ServerAddress::toUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    for (const QString &option : options) {
        const qsizetype equals = option.indexOf(QLatin1Char('='));
        QString value = option.mid(equals + 1);
        // Stored quoted for libpq (connectionValue): the URI holds the plain value.
        if (value.size() >= 2 && value.startsWith(QLatin1Char('\''))
            && value.endsWith(QLatin1Char('\''))) {
            value = value.mid(1, value.size() - 2);
            value.replace(QLatin1String("\\'"), QLatin1String("'"));
            value.replace(QLatin1String("\\\\"), QLatin1String("\\"));
        }
        query.addQueryItem(option.left(equals), value);
    }
    if (!query.isEmpty())
        url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString ServerAddress::credentialKey() const
{
    return QStringLiteral("%1@%2:%3/%4")
        .arg(user, host, port < 0 ? QStringLiteral("5432") : QString::number(port), database);
}

} // namespace opcc
