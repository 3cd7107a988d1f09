#pragma once

#include <QWidget>

class QLabel;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace opcc {

class Database;
class FigureTableModel;
struct Figure;

// The record of one scheme: what it is, who runs and pays for it, and every figure with its
// period and source. Selecting a figure shows the document and the phrase it comes from.
class DetailPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPanel(Database &db, QWidget *parent = nullptr);

    void showScheme(qint64 id);
    qint64 schemeId() const { return m_schemeId; }
    QTableView *figureTable() const { return m_figures; }
    FigureTableModel *figureModel() const { return m_model; }

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

private:
    void refresh();
    void showFigureSource();
    QString sourceText(const QString &title) const;

    Database &m_db;
    qint64 m_schemeId = 0;
    FigureTableModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QSplitter *m_splitter;
    QLabel *m_record;
    QTableView *m_figures;
    QLabel *m_source;
};

} // namespace opcc
