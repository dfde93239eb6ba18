// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectionChoice: which credentials and host a textbench-cli command uses, as a table of flags, environments and
// profiles. tst_cli proves the same rules through the binary; this is every combination, in milliseconds.
#include "connectionchoice.h"

#include <QTest>

using namespace textbench;
using namespace textbench::cli;

namespace {
const QString kEnvAccount = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString kEnvToken = QStringLiteral("f00dfacecafebeef0123456789abcdef");
const QString kWorkAccount = QStringLiteral("AC00000000000000000000000000000042");

using Source = ConnectionChoice::Source;

Profile sandboxProfile()
{
    Profile p;
    p.id = QStringLiteral("sandbox");
    p.name = QStringLiteral("Sandbox");
    p.kind = ProfileKind::Sandbox;
    return p;
}

Profile workProfile()
{
    Profile p;
    p.id = QStringLiteral("p1");
    p.name = QStringLiteral("Work");
    p.accountSid = kWorkAccount;
    p.region = QStringLiteral("ie1");
    p.edge = QStringLiteral("dublin");
    return p;
}

// What a row sets: flags (name=value; "json" alone), environment variables, and which profile is active.
struct Row
{
    QStringList flags;
    QStringList env;
    QString active; ///< "sandbox", "work" or empty (none)
};

GlobalOptions flagsOf(const QStringList& flags)
{
    GlobalOptions g;
    for (const QString& f : flags) {
        const QString name = f.section(u'=', 0, 0);
        const QString value = f.section(u'=', 1);
        if (name == u"profile")
            g.profile = value;
        else if (name == u"base-url")
            g.baseUrl = value;
        else if (name == u"region")
            g.region = value;
        else if (name == u"edge")
            g.edge = value;
    }
    return g;
}

QProcessEnvironment envOf(const QStringList& vars)
{
    QProcessEnvironment env;
    for (const QString& v : vars)
        env.insert(v.section(u'=', 0, 0), v.section(u'=', 1));
    return env;
}
} // namespace

Q_DECLARE_METATYPE(ConnectionChoice::Source)

class Tst_ConnectionChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choose_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QString>("active");
        QTest::addColumn<Source>("source");
        QTest::addColumn<QString>("account"); // of the credentials chosen
        QTest::addColumn<QString>("host"); // the api base URL; empty for the sandbox
        QTest::addColumn<QString>("problem"); // part of it; empty: none

        const QStringList env { u"TWILIO_ACCOUNT_SID=" + kEnvAccount, u"TWILIO_AUTH_TOKEN=" + kEnvToken };
        const QString twilio = QStringLiteral("https://api.twilio.com");
        const QString dublin = QStringLiteral("https://api.dublin.ie1.twilio.com");
        const QString mock = QStringLiteral("http://127.0.0.1:4010");

        // Nothing configured: the built-in sandbox.
        QTest::newRow("nothing at all") << QStringList() << QStringList() << QString() << Source::Sandbox << QString()
                                        << QString() << QString();
        QTest::newRow("the Sandbox profile active") << QStringList() << QStringList() << QStringLiteral("sandbox")
                                                    << Source::Sandbox << QString() << QString() << QString();
        // The environment.
        QTest::newRow("environment") << QStringList() << env << QString() << Source::Environment << kEnvAccount
                                     << twilio << QString();
        QTest::newRow("environment wins over the active profile")
            << QStringList() << env << QStringLiteral("work") << Source::Environment << kEnvAccount << twilio
            << QString();
        QTest::newRow("environment with TWILIO_REGION and TWILIO_EDGE")
            << QStringList()
            << (env + QStringList { QStringLiteral("TWILIO_REGION=ie1"), QStringLiteral("TWILIO_EDGE=dublin") })
            << QString() << Source::Environment << kEnvAccount << dublin << QString();
        QTest::newRow("--region and --edge win over the environment's")
            << QStringList { QStringLiteral("region=au1"), QStringLiteral("edge=sydney") }
            << (env + QStringList { QStringLiteral("TWILIO_REGION=ie1") }) << QString() << Source::Environment
            << kEnvAccount << QStringLiteral("https://api.sydney.au1.twilio.com") << QString();
        QTest::newRow("environment with --base-url") << QStringList { u"base-url=" + mock } << env << QString()
                                                     << Source::Environment << kEnvAccount << mock << QString();
        QTest::newRow("a credential variable alone is the environment (the job says what is missing)")
            << QStringList() << QStringList { u"TWILIO_ACCOUNT_SID=" + kEnvAccount } << QStringLiteral("work")
            << Source::Environment << kEnvAccount << twilio << QString();
        QTest::newRow("--base-url alone: no sandbox, no credentials")
            << QStringList { u"base-url=" + mock } << QStringList() << QString() << Source::Environment << QString()
            << mock << QString();
        // Profiles.
        QTest::newRow("the active profile, its own host") << QStringList() << QStringList() << QStringLiteral("work")
                                                          << Source::Profile << kWorkAccount << dublin << QString();
        QTest::newRow("--profile wins over the environment")
            << QStringList { QStringLiteral("profile=work") } << env << QString() << Source::Profile << kWorkAccount
            << dublin << QString();
        QTest::newRow("--profile by another case")
            << QStringList { QStringLiteral("profile=WORK") } << QStringList() << QString() << Source::Profile
            << kWorkAccount << dublin << QString();
        QTest::newRow("a profile with --base-url")
            << QStringList { QStringLiteral("profile=work"), u"base-url=" + mock } << QStringList() << QString()
            << Source::Profile << kWorkAccount << mock << QString();
        QTest::newRow("a profile with --region: Twilio's host for it")
            << QStringList { QStringLiteral("profile=work"), QStringLiteral("region=au1") } << QStringList()
            << QString() << Source::Profile << kWorkAccount << QStringLiteral("https://api.au1.twilio.com")
            << QString();
        QTest::newRow("--profile Sandbox") << QStringList { QStringLiteral("profile=sandbox") } << env << QString()
                                           << Source::Sandbox << QString() << QString() << QString();
        QTest::newRow("the Sandbox profile with --base-url: the environment there")
            << QStringList { u"base-url=" + mock } << QStringList() << QStringLiteral("sandbox") << Source::Environment
            << QString() << mock << QString();
        // What cannot run.
        QTest::newRow("an unknown --profile")
            << QStringList { QStringLiteral("profile=Home") } << env << QString() << Source::Environment << kEnvAccount
            << QString() << QStringLiteral("no profile called \"Home\"");
        QTest::newRow("plain http to another computer")
            << QStringList { QStringLiteral("base-url=http://192.168.1.10:8080") } << env << QString()
            << Source::Environment << kEnvAccount << QString() << QStringLiteral("Plain http");
        QTest::newRow("a region that is not one")
            << QStringList { QStringLiteral("region=ie1.evil.test") } << env << QString() << Source::Environment
            << kEnvAccount << QString() << QStringLiteral("not a Twilio region");
    }

    void choose()
    {
        QFETCH(QStringList, flags);
        QFETCH(QStringList, env);
        QFETCH(QString, active);
        QFETCH(Source, source);
        QFETCH(QString, account);
        QFETCH(QString, host);
        QFETCH(QString, problem);

        const QList<Profile> profiles { sandboxProfile(), workProfile() };
        const auto find = [&profiles](const QString& nameOrId) -> std::optional<Profile> {
            for (const Profile& p : profiles) {
                if (p.id == nameOrId || p.name.compare(nameOrId, Qt::CaseInsensitive) == 0)
                    return p;
            }
            return std::nullopt;
        };
        const ConnectionChoice c = ConnectionChoice::choose(flagsOf(flags), envOf(env), find,
            active == u"sandbox"    ? std::optional(sandboxProfile())
                : active == u"work" ? std::optional(workProfile())
                                    : std::nullopt);
        if (!problem.isEmpty()) {
            QVERIFY2(c.problem.contains(problem), qPrintable(c.problem));
            return;
        }
        QVERIFY2(c.problem.isEmpty(), qPrintable(c.problem));
        QCOMPARE(c.source, source);
        QCOMPARE(c.credentials.accountSid(), account);
        // A profile's secret comes from the keychain later, never from here; the environment's is taken whole.
        if (source == Source::Profile) {
            QVERIFY(c.profile);
            QCOMPARE(c.profile->accountSid, kWorkAccount);
            QVERIFY(c.credentials.secret().isEmpty());
        } else if (source == Source::Environment && env.join(u' ').contains(QStringLiteral("TWILIO_AUTH_TOKEN"))) {
            QCOMPARE(c.credentials.secret(), kEnvToken);
        }
        if (source == Source::Sandbox)
            QVERIFY(c.credentials.isEmpty());
        else
            QCOMPARE(c.endpoint.baseUrl().toString(), host);
    }
};

QTEST_GUILESS_MAIN(Tst_ConnectionChoice)
#include "tst_connectionchoice.moc"
