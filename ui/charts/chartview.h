// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "charts/chartdata.h"

#include <QChartView>

namespace opcc::ui {

class ChartGraphic;

// The chart on screen: a QChartView over a ChartGraphic laid out for screen pixels. The chart
// fills the view and lays its labels out again whenever the view is resized.
class ChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);

    void setChartData(const ChartData &chartData);
    ChartGraphic *graphic() const { return m_graphic; }

protected:
    void changeEvent(QEvent *event) override;

private:
    ChartGraphic *m_graphic = nullptr;
};

} // namespace opcc::ui
