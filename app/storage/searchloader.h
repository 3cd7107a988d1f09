// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace opcc {

// Asks the full-text indexes (SearchStore) on a thread of its own, through a read-only
// connection of its own that stays open between searches (its page cache stays warm): on the
// large register a word that begins thousands of quotes takes longer than a frame, and the
// filter box must answer every keystroke at once. The newest search wins: one asked while
// another runs stops it, and only the newest one's answer is delivered.
class SearchLoader final : public QObject
{
    Q_OBJECT

public:
    // Word -> the ids of the schemes with a word starting so; nullopt when the word is too
    // short to ask for.
    using Matches = QHash<QString, std::optional<QSet<qint64>>>;

    explicit SearchLoader(QObject *parent = nullptr);
    ~SearchLoader() override;

    // Searches for each word in the database at databasePath; `tag` comes back with the answer.
    void search(const QString &databasePath, const QStringList &words, int tag = 0);
    bool isSearching() const;

signals:
    // The answer to the newest search().
    void found(int tag, const opcc::SearchLoader::Matches &matches);
    // The newest search could not run (no found() follows): why.
    void failed(int tag, const QString &message);

private:
    struct Job;
    struct Shared;
    void deliver(const std::shared_ptr<Job> &job);

    std::shared_ptr<Shared> m_shared;
    std::shared_ptr<Job> m_current; // asked and not yet answered
};

} // namespace opcc
