// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A register file on a network share is told apart by its file system's type: the types of
// network shares are named, local ones are not; every mounted volume of this machine is judged
// by its own type; a file not made yet is judged by its folder; the warning names the file, the
// share's type and the shared register.

#include "storage/networkshare.h"

#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace opcc;

class TestNetworkShare final : public QObject
{
    Q_OBJECT

private slots:
    void types_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<bool>("network");
        QTest::newRow("NFS") << QByteArray("nfs") << true;
        QTest::newRow("NFS 4") << QByteArray("nfs4") << true;
        QTest::newRow("SMB (cifs)") << QByteArray("cifs") << true;
        QTest::newRow("SMB 3") << QByteArray("smb3") << true;
        QTest::newRow("ssh") << QByteArray("fuse.sshfs") << true;
        QTest::newRow("WebDAV") << QByteArray("fuse.davfs2") << true;
        QTest::newRow("CephFS") << QByteArray("ceph") << true;
        QTest::newRow("upper case") << QByteArray("NFS4") << true;
        QTest::newRow("ext4") << QByteArray("ext4") << false;
        QTest::newRow("btrfs") << QByteArray("btrfs") << false;
        QTest::newRow("xfs") << QByteArray("xfs") << false;
        QTest::newRow("tmpfs") << QByteArray("tmpfs") << false;
        QTest::newRow("overlay") << QByteArray("overlay") << false;
        QTest::newRow("NTFS") << QByteArray("NTFS") << false;
        QTest::newRow("a local FUSE one") << QByteArray("fuse.ntfs-3g") << false;
        QTest::newRow("unknown") << QByteArray() << false;
    }

    void types()
    {
        QFETCH(QByteArray, type);
        QFETCH(bool, network);
        QCOMPARE(networkshare::isNetworkType(type), network);
    }

    // Each volume mounted here, judged through a path on it, by the type it is mounted with.
    void mountedVolumes()
    {
        const QList<QStorageInfo> volumes = QStorageInfo::mountedVolumes();
        QVERIFY(!volumes.isEmpty());
        for (const QStorageInfo &volume : volumes) {
            if (!volume.isValid() || !volume.isReady())
                continue;
            // A volume mounted over a folder of another one is judged by the one on top.
            if (QStorageInfo(volume.rootPath()).rootPath() != volume.rootPath())
                continue;
            const QByteArray type = volume.fileSystemType();
            QCOMPARE(networkshare::fileSystemOf(volume.rootPath()),
                networkshare::isNetworkType(type) ? QString::fromLatin1(type) : QString());
        }
    }

    // A register about to be made: its folder's file system counts, however deep the missing
    // part; this test's own folder is local.
    void missingFileJudgedByItsFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray type = QStorageInfo(dir.path()).fileSystemType();
        QVERIFY2(!networkshare::isNetworkType(type), type.constData());
        QCOMPARE(networkshare::fileSystemOf(dir.path()), QString());
        QCOMPARE(networkshare::fileSystemOf(dir.filePath(QStringLiteral("new/deeper/r.sqlite"))),
            QString());
    }

    void warningNamesFileTypeAndServer()
    {
        const QString path = QStringLiteral("/mnt/team/register.sqlite");
        const QString text = networkshare::warning(path, QStringLiteral("cifs"));
        QVERIFY2(text.contains(QLatin1String("register.sqlite")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("(cifs)")), qPrintable(text));
        QVERIFY2(
            text.contains(QLatin1String("File > Connect to Shared Register")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestNetworkShare)
#include "tst_networkshare.moc"
