// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Renders the application's SVG icon to the PNG sizes that desktop icon themes and installers
// expect, and to a Windows .ico, at build time, so that the pictures never drift from the SVG.
//
//   opcc-render-icon ICON.svg OUTDIR SIZE...
// writes OUTDIR/SIZExSIZE/opcc-schemes.png for every SIZE and OUTDIR/opcc-schemes.ico holding
// all of them (PNG-compressed entries, which Windows reads since Vista).

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextStream>
#include <QtEndian>
#include <vector>

namespace {

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

template<typename T> void append(QByteArray &out, T value)
{
    const T little = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&little), sizeof little);
}

// ICONDIR, one ICONDIRENTRY per image, then the PNG data of each.
QByteArray ico(const std::vector<QByteArray> &pngs, const std::vector<int> &sizes)
{
    QByteArray out;
    append<quint16>(out, 0); // reserved
    append<quint16>(out, 1); // type: icon
    append<quint16>(out, quint16(pngs.size()));
    quint32 offset = quint32(6 + 16 * pngs.size());
    for (size_t i = 0; i < pngs.size(); ++i) {
        const quint8 side = sizes[i] >= 256 ? 0 : quint8(sizes[i]); // 0 means 256
        out.append(char(side)).append(char(side));
        out.append(char(0)).append(char(0)); // no palette, reserved
        append<quint16>(out, 1); // colour planes
        append<quint16>(out, 32); // bits per pixel
        append<quint32>(out, quint32(pngs[i].size()));
        append<quint32>(out, offset);
        offset += quint32(pngs[i].size());
    }
    for (const QByteArray &data : pngs)
        out.append(data);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    // Painting an SVG without text into a QImage needs no platform plugin.
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        err << "usage: opcc-render-icon ICON.svg OUTDIR SIZE...\n";
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        err << "opcc-render-icon: cannot read " << args.at(1) << '\n';
        return 1;
    }
    const QDir out(args.at(2));
    const QString name = QFileInfo(args.at(1)).completeBaseName();
    std::vector<QByteArray> pngs;
    std::vector<int> sizes;
    for (const QString &arg : args.mid(3)) {
        bool ok = false;
        const int size = arg.toInt(&ok);
        if (!ok || size < 1 || size > 256) {
            err << "opcc-render-icon: not a size from 1 to 256: " << arg << '\n';
            return 2;
        }
        const QString dir = QStringLiteral("%1x%1").arg(size);
        pngs.push_back(png(render(svg, size)));
        sizes.push_back(size);
        const QString path = out.filePath(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
        if (!out.mkpath(dir) || !write(path, pngs.back())) {
            err << "opcc-render-icon: cannot write into " << out.filePath(dir) << '\n';
            return 1;
        }
    }
    if (!write(out.filePath(name + QStringLiteral(".ico")), ico(pngs, sizes))) {
        err << "opcc-render-icon: cannot write " << out.filePath(name + QStringLiteral(".ico"))
            << '\n';
        return 1;
    }
    return 0;
}
