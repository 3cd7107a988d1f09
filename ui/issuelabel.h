// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLabel>

namespace opcc {

// Says what is wrong with a field or a list: the text after a warning icon, so that the message
// does not rest on colour alone, in an error colour that keeps its contrast with the palette
// (dark red on a light window, light red on a dark one, else the palette's own text colour).
// The icon is as tall as a line of text and scales with the font.
class IssueLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit IssueLabel(QWidget *parent = nullptr);

    // An error colour with a contrast of at least 4.5:1 to the palette's window colour (or its
    // base colour, for text in an editor or browser).
    static QColor colourFor(
        const QPalette &palette, QPalette::ColorRole background = QPalette::Window);
    // WCAG contrast ratio of two colours (1 to 21).
    static qreal contrast(const QColor &a, const QColor &b);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void follow();

    bool m_following = false;
};

} // namespace opcc
