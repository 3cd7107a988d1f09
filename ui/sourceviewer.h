// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QLabel;
class QPdfDocument;
class QPdfView;
class QPlainTextEdit;
class QSpinBox;
class QTemporaryFile;

namespace opcc {

// A source document shown inside the app: a PDF with Qt PDF, opened at the page that holds the
// words a figure quotes, or a text file with those words selected. The document is a file on
// disk or a copy attached to the register (written to a temporary file while shown).
class SourceViewer final : public QDialog
{
    Q_OBJECT

public:
    // heading: the document's citation line; quote: the words to find (may be empty).
    SourceViewer(const QString &heading, const QString &quote, QWidget *parent = nullptr);
    ~SourceViewer() override;

    // Shows the file; false (with errorString()) when it cannot be read as PDF or text.
    bool openFile(const QString &path);
    // Shows bytes attached to the register, named fileName.
    bool openBytes(const QString &fileName, const QByteArray &content);
    QString errorString() const { return m_error; }

    bool isPdf() const { return m_pdf != nullptr; }
    // The page shown (0-based), and the one found to hold the quote (-1: not found).
    int currentPage() const;
    int quotePage() const { return m_quotePage; }

    // The first page (0-based) whose text holds the quote, ignoring case, spacing and line
    // breaks; failing that, the first page holding its first eight words. -1 if none does.
    static int pageHoldingQuote(QPdfDocument &document, const QString &quote);
    // Text files and PDFs are shown here; anything else is opened by the desktop.
    static bool canShow(const QString &fileName, const QByteArray &head);

private:
    bool showPdf(const QString &path);
    bool showText(const QByteArray &content);
    void goToPage(int page);
    void updateFoundLabel();

    QString m_quote;
    QString m_error;
    QLabel *m_found = nullptr;
    QSpinBox *m_page = nullptr;
    QPdfDocument *m_pdf = nullptr;
    QPdfView *m_pdfView = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTemporaryFile *m_copy = nullptr;
    int m_quotePage = -1;
};

} // namespace opcc
