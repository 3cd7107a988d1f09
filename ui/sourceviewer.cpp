// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sourceviewer.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfSelection>
#include <QPdfView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSpinBox>
#include <QStringDecoder>
#include <QTemporaryFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace opcc {

namespace {

// Case-folded, with every run of spaces, line breaks and hyphenation joins made one space, and
// typographic quotes and dashes made plain: how a PDF's extracted text and a typed quote agree.
QString normalised(const QString &text)
{
    QString t = text.toCaseFolded();
    t.replace(QRegularExpression(QStringLiteral("-\\s*\\n\\s*")), QString());
    for (const auto &[from, to] :
        { std::pair { u'\u2018', u'\'' }, { u'\u2019', u'\'' }, { u'\u201C', u'"' },
            { u'\u201D', u'"' }, { u'\u2013', u'-' }, { u'\u2014', u'-' }, { u'\u00A0', u' ' } })
        t.replace(QChar(from), QChar(to));
    return t.simplified();
}

QString firstWords(const QString &text, int count)
{
    return text.section(QLatin1Char(' '), 0, count - 1);
}

} // namespace

SourceViewer::SourceViewer(const QString &heading, const QString &quote, QWidget *parent)
    : QDialog(parent)
    , m_quote(quote)
{
    setObjectName(QStringLiteral("sourceViewer"));
    setWindowTitle(tr("Source Document"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(heading, this);
    title->setWordWrap(true);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(title);
    m_found = new QLabel(this);
    m_found->setObjectName(QStringLiteral("quoteFound"));
    m_found->setWordWrap(true);
    m_found->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_found);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 1000);
}

SourceViewer::~SourceViewer() = default;

bool SourceViewer::canShow(const QString &fileName, const QByteArray &head)
{
    if (head.startsWith("%PDF-"))
        return true;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("pdf") || suffix == QLatin1String("txt")
        || suffix == QLatin1String("text") || suffix == QLatin1String("md");
}

int SourceViewer::pageHoldingQuote(QPdfDocument &document, const QString &quote)
{
    const QString wanted = normalised(quote);
    if (wanted.isEmpty())
        return -1;
    QStringList pages;
    for (int page = 0; page < document.pageCount(); ++page)
        pages.append(normalised(document.getAllText(page).text()));
    for (const QString &start : { wanted, firstWords(wanted, 8) }) {
        for (int page = 0; page < pages.size(); ++page) {
            if (pages.at(page).contains(start))
                return page;
        }
    }
    return -1;
}

bool SourceViewer::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error
            = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray head = file.peek(8);
    if (head.startsWith("%PDF-"))
        return showPdf(path);
    const QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        m_error
            = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return showText(content);
}

bool SourceViewer::openBytes(const QString &fileName, const QByteArray &content)
{
    if (!content.startsWith("%PDF-"))
        return showText(content);
    // Qt PDF reads a file; the copy lives as long as the viewer.
    m_copy = new QTemporaryFile(this);
    m_copy->setFileTemplate(QDir::tempPath() + QStringLiteral("/opcc-source-XXXXXX.pdf"));
    if (!m_copy->open() || m_copy->write(content) != content.size() || !m_copy->flush()) {
        m_error = tr("A copy of %1 cannot be written to show it: %2")
                      .arg(fileName, m_copy->errorString());
        return false;
    }
    return showPdf(m_copy->fileName());
}

bool SourceViewer::showPdf(const QString &path)
{
    m_pdf = new QPdfDocument(this);
    if (m_pdf->load(path) != QPdfDocument::Error::None || m_pdf->pageCount() < 1) {
        m_error = tr("%1 is not a PDF that can be shown.").arg(QFileInfo(path).fileName());
        return false;
    }
    auto *bar = new QHBoxLayout;
    auto *pageLabel = new QLabel(tr("&Page:"), this);
    m_page = new QSpinBox(this);
    m_page->setObjectName(QStringLiteral("page"));
    m_page->setRange(1, m_pdf->pageCount());
    m_page->setSuffix(tr(" of %1").arg(m_pdf->pageCount()));
    m_page->setAccessibleName(tr("Page"));
    pageLabel->setBuddy(m_page);
    bar->addWidget(pageLabel);
    bar->addWidget(m_page);
    bar->addStretch();
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->insertLayout(2, bar);
    m_pdfView = new QPdfView(this);
    m_pdfView->setObjectName(QStringLiteral("pdfView"));
    m_pdfView->setAccessibleName(tr("Document page"));
    m_pdfView->setDocument(m_pdf);
    m_pdfView->setPageMode(QPdfView::PageMode::SinglePage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    layout->insertWidget(3, m_pdfView, 1);
    connect(m_page, &QSpinBox::valueChanged, this, [this](int page) { goToPage(page - 1); });
    auto *next = new QShortcut(QKeySequence::MoveToNextPage, this);
    connect(next, &QShortcut::activated, m_page, &QSpinBox::stepUp);
    auto *previous = new QShortcut(QKeySequence::MoveToPreviousPage, this);
    connect(previous, &QShortcut::activated, m_page, &QSpinBox::stepDown);
    m_quotePage = pageHoldingQuote(*m_pdf, m_quote);
    goToPage(qMax(0, m_quotePage));
    updateFoundLabel();
    return true;
}

bool SourceViewer::showText(const QByteArray &content)
{
    auto toUtf8 = QStringDecoder(QStringDecoder::Utf8);
    const QString text = toUtf8(content);
    if (toUtf8.hasError() || content.contains('\0')) {
        m_error = tr("The document is neither a PDF nor UTF-8 text, so it cannot be shown here.");
        return false;
    }
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("documentText"));
    m_text->setAccessibleName(tr("Document text"));
    m_text->setReadOnly(true);
    m_text->setPlainText(text);
    static_cast<QVBoxLayout *>(layout())->insertWidget(2, m_text, 1);
    // The quote as typed, else its first words: spacing in the file may differ.
    const QStringList tries { m_quote.simplified(), firstWords(m_quote.simplified(), 8) };
    for (const QString &words : tries) {
        if (words.isEmpty())
            continue;
        const QTextCursor found = m_text->document()->find(words);
        if (!found.isNull()) {
            m_text->setTextCursor(found);
            m_text->centerCursor();
            m_quotePage = 0;
            break;
        }
    }
    updateFoundLabel();
    return true;
}

void SourceViewer::goToPage(int page)
{
    if (!m_pdfView)
        return;
    m_pdfView->pageNavigator()->jump(page, QPointF(), 0);
    if (m_page->value() != page + 1)
        m_page->setValue(page + 1);
}

int SourceViewer::currentPage() const
{
    return m_pdfView ? m_pdfView->pageNavigator()->currentPage() : 0;
}

void SourceViewer::updateFoundLabel()
{
    if (m_quote.isEmpty()) {
        m_found->hide();
        return;
    }
    const QString quote = QStringLiteral("\u201C%1\u201D").arg(m_quote);
    if (m_quotePage < 0)
        m_found->setText(
            tr("The quoted words were not found in the document's text: %1").arg(quote));
    else if (m_pdfView)
        m_found->setText(tr("On page %1: %2").arg(m_quotePage + 1).arg(quote));
    else
        m_found->setText(tr("Selected below: %1").arg(quote));
}

} // namespace opcc
