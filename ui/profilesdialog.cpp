// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilesdialog.h"

#include "api/apiclient.h"
#include "accounts/accountjobs.h"
#include "messages/messagejobs.h"
#include "profiles/activeprofile.h"
#include "profiles/profilelistmodel.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"
#include "workbench.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace textbench {

namespace {
// Each profile on two lines in the dialog's list: its name, then its kind and masked SID.
class TwoLineProfiles : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return QIdentityProxyModel::data(index, role);
        return QString(QIdentityProxyModel::data(index, Qt::DisplayRole).toString() + u'\n'
            + QIdentityProxyModel::data(index, ProfileListModel::KindLabelRole).toString() + u" · "
            + QIdentityProxyModel::data(index, ProfileListModel::UserSidRole).toString());
    }
};
} // namespace

ProfilesDialog::ProfilesDialog(Workbench* workbench, QWidget* parent)
    : QDialog(parent)
    , m_workbench(workbench)
    , m_list(new QListView(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_auth(new QComboBox(this))
    , m_accountSid(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_edge(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_sender(new QLineEdit(this))
    , m_storage(new QLabel(this))
    , m_status(new QLabel(this))
    , m_new(new QPushButton(tr("New"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_duplicate(new QPushButton(tr("Duplicate"), this))
    , m_remove(new QPushButton(tr("Remove…"), this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_import(new QPushButton(tr("Import from environment"), this))
    , m_use(new QPushButton(tr("Use this profile"), this))
{
    setObjectName(QStringLiteral("profilesDialog"));
    setWindowTitle(tr("Profiles"));
    resize(820, 520);
    m_list->setObjectName(QStringLiteral("profilesListView"));
    auto* twoLines = new TwoLineProfiles(this);
    twoLines->setSourceModel(workbench->profileList());
    m_list->setModel(twoLines);
    m_list->setSpacing(2);
    m_list->setAccessibleName(tr("Profiles"));
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    m_kind->addItem(ProfileListModel::kindLabel(ProfileKind::Live), QStringLiteral("live"));
    m_kind->addItem(ProfileListModel::kindLabel(ProfileKind::Test), QStringLiteral("test"));
    m_auth->setObjectName(QStringLiteral("authComboBox"));
    m_auth->addItem(tr("Auth Token"));
    m_auth->addItem(tr("API Key"));
    m_accountSid->setObjectName(QStringLiteral("accountSidLineEdit"));
    m_accountSid->setPlaceholderText(QStringLiteral("AC…"));
    m_apiKey->setObjectName(QStringLiteral("apiKeyLineEdit"));
    m_apiKey->setPlaceholderText(QStringLiteral("SK…"));
    m_secret->setObjectName(QStringLiteral("secretLineEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Secret"));
    m_region->setObjectName(QStringLiteral("regionLineEdit"));
    m_region->setPlaceholderText(tr("us1 (default), ie1, au1"));
    m_edge->setObjectName(QStringLiteral("edgeLineEdit"));
    m_edge->setPlaceholderText(tr("e.g. dublin, sydney"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrlLineEdit"));
    m_baseUrl->setPlaceholderText(tr("https://api.twilio.com (a mock or proxy: http only on this computer)"));
    m_sender->setObjectName(QStringLiteral("senderLineEdit"));
    m_sender->setPlaceholderText(tr("%1 or MG…").arg(sandbox::Account::kSender));
    m_storage->setObjectName(QStringLiteral("storageLabel"));
    m_storage->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("profileStatusLabel"));
    m_status->setTextFormat(Qt::PlainText); // profile names, server messages
    m_storage->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (auto [button, name] : { std::pair { m_new, "newButton" }, std::pair { m_save, "saveButton" },
             std::pair { m_duplicate, "duplicateButton" }, std::pair { m_remove, "removeButton" },
             std::pair { m_test, "testButton" }, std::pair { m_import, "importEnvButton" },
             std::pair { m_use, "useButton" } })
        button->setObjectName(QString::fromLatin1(name));
    m_save->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Authentication"), m_auth);
    form->addRow(tr("Account &SID"), m_accountSid);
    form->addRow(tr("API &Key SID"), m_apiKey);
    form->addRow(tr("S&ecret"), m_secret);
    form->addRow(QString(), m_storage);
    form->addRow(tr("&Region"), m_region);
    form->addRow(tr("Ed&ge"), m_edge);
    form->addRow(tr("Base &URL"), m_baseUrl);
    form->addRow(tr("&Default sender"), m_sender);
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_save);
    rowButtons->addWidget(m_test);
    rowButtons->addWidget(m_use);
    rowButtons->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(rowButtons);
    right->addWidget(m_status);
    right->addStretch(1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_remove);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    left->addWidget(m_import);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& index) { showProfile(m_workbench->profileList()->profileAt(index.row())); });
    connect(m_workbench->profileList(), &QAbstractItemModel::modelReset, this, [this] { select(m_currentId); });
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ProfilesDialog::updateForm);
    connect(m_new, &QPushButton::clicked, this, &ProfilesDialog::newProfile);
    connect(m_save, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfilesDialog::duplicate);
    connect(m_remove, &QPushButton::clicked, this, &ProfilesDialog::removeProfile);
    connect(m_test, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_import, &QPushButton::clicked, this, &ProfilesDialog::importEnvironment);
    connect(m_use, &QPushButton::clicked, this, &ProfilesDialog::useProfile);
    m_import->setEnabled(Credentials::environmentHasAny());
    m_import->setToolTip(m_import->isEnabled() ? tr("TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and "
                                                    "TWILIO_API_SECRET, into a new profile")
                                               : tr("No TWILIO_* credentials in Textbench's environment"));
    connect(m_workbench->activeProfile(), &ActiveProfile::activated, this, [this](const Profile& p) {
        setStatus(tr("Now using %1.").arg(p.name), false);
        m_use->setEnabled(!m_currentId.isEmpty() && m_currentId != p.id);
    });
    connect(m_workbench->activeProfile(), &ActiveProfile::failed, this,
        [this](const QString&, const ProfileManager::Outcome& o) { setStatus(o.message, true); });
    select(m_workbench->activeProfile()->profile().id);
}

QString ProfilesDialog::status() const
{
    return m_status->text();
}

void ProfilesDialog::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, error ? QColor(0xc5, 0x22, 0x1f) : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
}

void ProfilesDialog::select(const QString& id)
{
    const int row = m_workbench->profileList()->rowOf(id);
    if (row < 0) {
        newProfile();
        return;
    }
    m_list->setCurrentIndex(m_list->model()->index(row, 0));
    showProfile(m_workbench->profileList()->profileAt(row));
}

void ProfilesDialog::showProfile(const Profile& p)
{
    m_currentId = p.id;
    const bool sandbox = p.kind == ProfileKind::Sandbox;
    m_name->setText(p.name);
    m_kind->setCurrentIndex(p.kind == ProfileKind::Test ? 1 : 0);
    m_auth->setCurrentIndex(p.scheme == AuthScheme::ApiKey ? 1 : 0);
    m_accountSid->setText(sandbox ? sandbox::Account::kAccountSid : p.accountSid);
    m_apiKey->setText(p.apiKeySid);
    m_secret->clear();
    m_region->setText(p.region);
    m_edge->setText(p.edge);
    m_baseUrl->setText(sandbox && m_workbench->sandbox() ? m_workbench->sandbox()->baseUrl().toString() : p.baseUrl);
    m_sender->setText(sandbox ? sandbox::Account::kSender : p.defaultSender);
    if (sandbox)
        m_storage->setText(tr("Built in: a Twilio-compatible API inside Textbench. Nothing reaches Twilio."));
    else if (p.secretStorage == SecretStorage::ThisRunOnly)
        m_storage->setText(tr("The secret is kept in memory for this run only (no keychain took it). Type it and "
                              "save to move it into the keychain."));
    else
        m_storage->setText(tr("The secret is in the OS keychain. Leave the field empty to keep it."));
    for (QWidget* w : std::initializer_list<QWidget*> { m_name, m_kind, m_auth, m_accountSid, m_apiKey, m_secret,
             m_region, m_edge, m_baseUrl, m_sender, m_save, m_duplicate, m_remove })
        w->setEnabled(!sandbox);
    m_use->setEnabled(!p.id.isEmpty() && p.id != m_workbench->activeProfile()->profile().id);
    m_test->setEnabled(true);
    updateForm();
}

void ProfilesDialog::updateForm()
{
    const bool apiKey = m_auth->currentIndex() == 1;
    m_apiKey->setEnabled(apiKey && m_name->isEnabled());
    m_secret->setPlaceholderText(
        m_currentId.isEmpty() ? (apiKey ? tr("API Key Secret") : tr("Auth Token")) : tr("unchanged (type to replace)"));
}

void ProfilesDialog::newProfile()
{
    Profile p;
    showProfile(p);
    m_storage->setText(tr("The secret will be stored in the OS keychain, never in a file."));
    m_list->clearSelection();
    m_name->setFocus();
}

Profile ProfilesDialog::formProfile() const
{
    Profile p;
    if (!m_currentId.isEmpty()) {
        if (const auto stored = m_workbench->profiles()->find(m_currentId))
            p = *stored;
    }
    p.name = m_name->text().trimmed();
    p.kind = m_kind->currentIndex() == 1 ? ProfileKind::Test : ProfileKind::Live;
    p.scheme = m_auth->currentIndex() == 1 ? AuthScheme::ApiKey : AuthScheme::AuthToken;
    p.accountSid = m_accountSid->text().trimmed();
    p.apiKeySid = p.scheme == AuthScheme::ApiKey ? m_apiKey->text().trimmed() : QString();
    p.region = m_region->text().trimmed();
    p.edge = m_edge->text().trimmed();
    p.baseUrl = m_baseUrl->text().trimmed();
    p.defaultSender = m_sender->text().trimmed();
    return p;
}

bool ProfilesDialog::askKeepForThisRun(const ProfileManager::Outcome& outcome)
{
    if (!outcome.canKeepForThisRun())
        return false;
    if (m_keepAnswer >= 0)
        return m_keepAnswer == 1;
    QMessageBox box(QMessageBox::Question, tr("No keychain"),
        outcome.message + u"\n\n"
            + tr("Keep the secret in memory for this run of Textbench only? Nothing is written anywhere; the next run "
                 "will ask for it again."),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("keepForThisRunMessageBox"));
    box.setTextFormat(Qt::PlainText);
    QPushButton* keep = box.addButton(tr("Keep for this run"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == keep;
}

void ProfilesDialog::save()
{
    Profile p = formProfile();
    const QString secret = m_secret->text();
    const bool adding = m_currentId.isEmpty();
    if (!adding && p.secretStorage == SecretStorage::ThisRunOnly && !secret.isEmpty())
        p.secretStorage = SecretStorage::Keychain; // a secret typed again goes to the keychain first
    const auto done = [this, p, secret, adding](const ProfileManager::Outcome& o) {
        if (o.ok) {
            m_secret->clear();
            m_currentId = o.id;
            select(o.id);
            setStatus(adding ? tr("Added %1.").arg(p.name) : tr("Saved %1.").arg(p.name), false);
            return;
        }
        if (askKeepForThisRun(o)) {
            Profile memory = p;
            memory.secretStorage = SecretStorage::ThisRunOnly;
            const auto again = [this, memory](const ProfileManager::Outcome& second) {
                if (!second.ok) {
                    setStatus(second.message, true);
                    return;
                }
                m_secret->clear();
                m_currentId = second.id;
                select(second.id);
                setStatus(tr("Saved %1. Its secret is kept in memory for this run only.").arg(memory.name), false);
            };
            if (adding)
                m_workbench->profileManager()->add(memory, secret, this, again);
            else
                m_workbench->profileManager()->edit(memory, secret, this, again);
            return;
        }
        setStatus(o.message, true);
    };
    if (adding)
        m_workbench->profileManager()->add(p, secret, this, done);
    else
        m_workbench->profileManager()->edit(p, secret.isEmpty() ? QString() : secret, this, done);
}

void ProfilesDialog::duplicate()
{
    if (m_currentId.isEmpty())
        return;
    QString name = m_name->text().trimmed() + tr(" (copy)");
    for (int n = 2; m_workbench->profiles()->find(name); ++n)
        name = m_name->text().trimmed() + tr(" (copy %1)").arg(n);
    m_workbench->profileManager()->duplicate(m_currentId, name, this, [this, name](const ProfileManager::Outcome& o) {
        if (o.ok)
            select(o.id);
        setStatus(o.ok ? tr("Duplicated as %1.").arg(name) : o.message, !o.ok);
    });
}

void ProfilesDialog::removeProfile()
{
    if (m_currentId.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Remove the profile?"),
        tr("Remove %1 and delete its secret from the keychain?").arg(m_name->text()), QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmRemoveMessageBox"));
    box.setTextFormat(Qt::PlainText);
    QPushButton* yes = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    const QString name = m_name->text();
    m_workbench->profileManager()->remove(m_currentId, this, [this, name](const ProfileManager::Outcome& o) {
        setStatus(o.ok ? tr("Removed %1.").arg(name) : o.message, !o.ok);
        if (o.ok)
            select(m_workbench->activeProfile()->profile().id);
    });
}

void ProfilesDialog::testConnection()
{
    // The profile being tested, as far as the hint for a Test profile goes.
    const auto run = [this](const Credentials& credentials, const ApiEndpoint& endpoint, const Profile& profile) {
        delete m_testClient;
        m_testClient = new ApiClient(this);
        m_testClient->setTarget(credentials, endpoint);
        auto* job = new FetchAccountJob(m_testClient);
        connect(job, &ApiJob::finished, this, [this, job, profile] {
            if (job->succeeded()) {
                const Account& a = job->account();
                setStatus(tr("It works: %1 (%2), %3.").arg(a.friendlyName, a.sid, a.status), false);
                return;
            }
            QString text = job->error().toText();
            if (const QString hint = profile.testCredentialsHint(job->error()); !hint.isEmpty())
                text += u"\n\n" + hint;
            setStatus(text, true);
        });
        setStatus(tr("Testing…"), false);
        job->start();
    };
    const Profile p = formProfile();
    if (m_currentId == ProfileStore::kSandboxId) {
        if (!m_workbench->sandbox())
            return;
        const sandbox::SandboxServer::Connection sandbox = m_workbench->sandbox()->connection();
        run(sandbox.credentials, sandbox.endpoint, p);
        return;
    }
    if (!m_secret->text().isEmpty() || m_currentId.isEmpty()) {
        // Test what is typed, before saving it.
        run(p.credentials(m_secret->text().trimmed()), p.endpoint(), p);
        return;
    }
    m_workbench->profileManager()->credentialsFor(m_currentId, this, [this, p, run](const ProfileManager::Outcome& o) {
        if (!o.ok) {
            setStatus(o.message, true);
            return;
        }
        run(o.credentials, p.endpoint(), p);
    });
}

void ProfilesDialog::importEnvironment()
{
    const Credentials env = Credentials::fromEnvironment();
    if (const QString problem = env.problem(); !problem.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    newProfile();
    QString name = tr("From environment");
    for (int n = 2; m_workbench->profiles()->find(name); ++n)
        name = tr("From environment %1").arg(n);
    m_name->setText(name);
    m_accountSid->setText(env.accountSid());
    m_auth->setCurrentIndex(env.scheme() == AuthScheme::ApiKey ? 1 : 0);
    if (env.scheme() == AuthScheme::ApiKey)
        m_apiKey->setText(env.username());
    m_secret->setText(env.secret());
    setStatus(
        tr("Filled in from the environment: check the fields, then Save (the secret goes to the keychain)."), false);
}

void ProfilesDialog::useProfile()
{
    if (m_currentId.isEmpty())
        return;
    m_workbench->activeProfile()->activate(m_currentId);
    setStatus(tr("Switching to %1…").arg(m_name->text()), false);
}

} // namespace textbench
