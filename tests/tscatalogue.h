// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Reads a Qt Linguist catalogue (.ts) for the translation tests, and tells whether a text shown
// in the Welsh interface is one of the English source texts left untranslated, or the app's own
// Welsh wording.

#include <QFile>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace tscatalogue {

struct Key
{
    QString context;
    QString source;
    QString comment;
    friend bool operator==(const Key &a, const Key &b)
    {
        return a.context == b.context && a.source == b.source && a.comment == b.comment;
    }
};

inline size_t qHash(const Key &key, size_t seed = 0)
{
    return ::qHash(key.context, seed) ^ ::qHash(key.source, seed) ^ ::qHash(key.comment, seed);
}

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or each plural form
};

struct Catalogue
{
    QString language;
    QString sourceLanguage;
    QList<Message> messages;

    QSet<Key> keys() const
    {
        QSet<Key> result;
        for (const Message &m : messages)
            result.insert({ m.context, m.source, m.comment });
        return result;
    }

    static Catalogue load(const QString &path)
    {
        Catalogue catalogue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return catalogue;
        QXmlStreamReader xml(&file);
        QString context;
        Message message;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                catalogue.language = xml.attributes().value(QLatin1String("language")).toString();
                catalogue.sourceLanguage
                    = xml.attributes().value(QLatin1String("sourcelanguage")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message();
                message.context = context;
                message.numerus
                    = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                message.unfinished = type == QLatin1String("unfinished");
                if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                    continue;
                if (message.numerus) {
                    while (xml.readNextStartElement())
                        message.translations.append(xml.readElementText());
                } else {
                    message.translations.append(xml.readElementText());
                }
                catalogue.messages.append(message);
            }
        }
        return catalogue;
    }
};

// Texts with placeholders, for telling whether a text shown was made from one of them:
// placeholders stand for anything, "(s)" for a plural, accelerators are ignored. A text with
// too little fixed wording ("%1 (%2)", "%1 to %2") would match anything and matches only itself.
class TextMatcher
{
public:
    void add(const QString &text, bool numerus = false)
    {
        const QString fixedText = plain(text);
        if (fixedText.isEmpty())
            return;
        m_exact.insert(fixedText);
        if (numerus)
            m_exact.insert(QString(fixedText).remove(QStringLiteral("(s)")));
        static const QRegularExpression marker(QStringLiteral("%L?(\\d{1,2}|n)"));
        if (!fixedText.contains(marker))
            return;
        QString fixed = fixedText;
        fixed.remove(marker);
        static const QRegularExpression letter(QStringLiteral("\\p{L}"));
        if (fixed.count(letter) < 5)
            return;
        QString pattern;
        qsizetype at = 0;
        for (const QRegularExpressionMatch &match : marker.globalMatch(fixedText)) {
            pattern += QRegularExpression::escape(fixedText.mid(at, match.capturedStart() - at));
            pattern += QStringLiteral("(.+)");
            at = match.capturedEnd();
        }
        pattern += QRegularExpression::escape(fixedText.mid(at));
        pattern.replace(QStringLiteral("\\(s\\)"), QStringLiteral("s?"));
        m_patterns.append(QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'),
            QRegularExpression::DotMatchesEverythingOption));
    }

    // The text as compared: accelerators gone, spaces collapsed.
    static QString plain(QString text)
    {
        text.replace(QStringLiteral("&&"), QStringLiteral("\u0001"));
        text.remove(QRegularExpression(
            QStringLiteral("&(?=\\w)"), QRegularExpression::UseUnicodePropertiesOption));
        text.replace(QStringLiteral("\u0001"), QStringLiteral("&"));
        return text.simplified();
    }

    // The text (or pattern) the shown text was made from, or an empty string.
    QString match(const QString &shown) const
    {
        const QString text = plain(shown);
        if (text.isEmpty())
            return {};
        if (m_exact.contains(text))
            return text;
        for (const QRegularExpression &pattern : m_patterns) {
            if (pattern.match(text).hasMatch())
                return pattern.pattern();
        }
        return {};
    }

private:
    QSet<QString> m_exact;
    QList<QRegularExpression> m_patterns;
};

// The English source texts that read differently in Welsh: a text shown in the Welsh interface
// that matches one was left in English.
inline TextMatcher englishSources(const Catalogue &welsh)
{
    TextMatcher matcher;
    for (const Message &m : welsh.messages) {
        if (!m.translations.isEmpty()
            && TextMatcher::plain(m.translations.constFirst()) != TextMatcher::plain(m.source))
            matcher.add(m.source, m.numerus);
    }
    return matcher;
}

// The Welsh translations: a text that matches one is the app's own wording, not data.
inline TextMatcher welshTranslations(const Catalogue &welsh)
{
    TextMatcher matcher;
    for (const Message &m : welsh.messages) {
        for (const QString &translation : m.translations)
            matcher.add(translation);
    }
    return matcher;
}

} // namespace tscatalogue
