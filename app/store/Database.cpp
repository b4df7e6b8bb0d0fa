#include "Database.h"

#include "SqlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace zw {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(zw::Store)
};


// Migrations from version N-1 to N, run in order inside one transaction
// each, the same on both backends but for the few words the two dialects
// spell differently: `{id}` is the key column of a new table, and a
// migration may give each backend its own statements.
struct Migration {
    const char *both;       // statements separated by ";" (none may contain one)
    const char *sqlite;     // extra statements for SQLite only
    const char *postgres;   // extra statements for PostgreSQL only, separated by ";;"
};
const Migration kMigrations[] = {
    // 1: certificate number sequences
    {"CREATE TABLE certificates ("
     "  id {id},"
     "  court TEXT NOT NULL, year INTEGER NOT NULL, seq INTEGER NOT NULL,"
     "  case_number TEXT NOT NULL, performer TEXT NOT NULL, performed_on TEXT NOT NULL,"
     "  number TEXT NOT NULL, created_at TEXT NOT NULL,"
     "  UNIQUE (court, year, seq), UNIQUE (case_number, performer, performed_on))", "", ""},
    // 2: register of issued documents
    {"CREATE TABLE documents ("
     "  id {id},"
     "  sha256 TEXT NOT NULL, template_id TEXT NOT NULL, template_version INTEGER NOT NULL,"
     "  case_number TEXT NOT NULL, officer TEXT, output_path TEXT, bytes INTEGER NOT NULL,"
     "  case_json TEXT NOT NULL, issued_at TEXT NOT NULL);"
     "CREATE INDEX documents_sha256 ON documents (sha256)", "", ""},
    // 3: cases and their parties
    {"CREATE TABLE cases ("
     "  id {id},"
     "  number TEXT NOT NULL, cause TEXT NOT NULL, court TEXT NOT NULL,"
     "  content TEXT NOT NULL, source_path TEXT,"
     "  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, opened_at TEXT,"
     "  archived INTEGER NOT NULL DEFAULT 0);"
     "CREATE INDEX cases_number ON cases (number);"
     "CREATE TABLE parties ("
     "  case_id INTEGER NOT NULL, side TEXT NOT NULL, position INTEGER NOT NULL,"
     "  party_id TEXT, name TEXT NOT NULL, id_number TEXT,"
     "  PRIMARY KEY (case_id, side, position));"
     "CREATE INDEX parties_name ON parties (name)", "", ""},
    // 4: the register keyed by case, with the format of each document
    {"ALTER TABLE documents ADD COLUMN case_id INTEGER;"
     "ALTER TABLE documents ADD COLUMN format TEXT NOT NULL DEFAULT 'pdf';"
     "CREATE INDEX documents_case ON documents (case_id);"
     // Entries issued before: their case, where exactly one stored case has the number.
     "UPDATE documents SET case_id = (SELECT c.id FROM cases c WHERE c.number = documents.case_number) "
     "WHERE (SELECT COUNT(*) FROM cases c WHERE c.number = documents.case_number) = 1", "", ""},
    // 5: the register is append-only in the database itself, not only in
    // this program: an UPDATE or DELETE by anyone is refused.
    {"",
     "CREATE TRIGGER documents_no_update BEFORE UPDATE ON documents BEGIN SELECT RAISE(ABORT, '发文登记只能追加，不能修改'); END;;"
     "CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents BEGIN SELECT RAISE(ABORT, '发文登记只能追加，不能删除'); END",
     "CREATE FUNCTION zhiwen_register_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
     "BEGIN RAISE EXCEPTION '发文登记只能追加，不能修改或删除（%）', TG_OP; END $$;;"
     "CREATE TRIGGER documents_append_only BEFORE UPDATE OR DELETE ON documents FOR EACH ROW EXECUTE FUNCTION zhiwen_register_append_only();;"
     "CREATE TRIGGER documents_no_truncate BEFORE TRUNCATE ON documents FOR EACH STATEMENT EXECUTE FUNCTION zhiwen_register_append_only()"},
    // 6: signing off before issue (签发), voiding and reissue, who did what.
    // A ruling or decision reaches the register only with an approval of
    // its very bytes and case content by one entitled to give it; each step
    // is a row, never changed. `signoff_rules` holds every template the
    // store knows, with who signs it off (`none` for a notice; a template
    // it does not know is refused). On a server the database names who
    // acted (session_user) and when, and checks the approver's role; the
    // roles and grants are kPostgresRoles.
    {"CREATE TABLE approvals ("
     "  id {id}, case_id BIGINT, case_number TEXT NOT NULL, template_id TEXT NOT NULL, template_version INTEGER NOT NULL,"
     "  case_json TEXT NOT NULL, document_sha256 TEXT NOT NULL, level TEXT NOT NULL CHECK (level IN ('judge', 'president')),"
     "  submitted_by TEXT NOT NULL, submitted_to TEXT, submitted_at TEXT NOT NULL, copied INTEGER NOT NULL DEFAULT 0);"
     "CREATE INDEX approvals_template ON approvals (template_id, case_number);"
     "CREATE TABLE approval_steps ("
     "  id {id}, approval_id BIGINT NOT NULL UNIQUE REFERENCES approvals (id),"
     "  step TEXT NOT NULL CHECK (step IN ('approved', 'returned')), actor TEXT NOT NULL, reason TEXT, at TEXT NOT NULL,"
     "  CHECK (step = 'approved' OR COALESCE(reason, '') <> ''));"
     "CREATE TABLE voids ("
     "  id {id}, document_id BIGINT NOT NULL UNIQUE REFERENCES documents (id), reason TEXT NOT NULL CHECK (reason <> ''),"
     "  voided_by TEXT NOT NULL, voided_at TEXT NOT NULL);"
     "CREATE TABLE signoff_rules (template_id TEXT PRIMARY KEY, level TEXT NOT NULL CHECK (level IN ('none', 'judge', 'president')),"
     "  president_unless TEXT);"
     "ALTER TABLE documents ADD COLUMN issued_by TEXT;"
     "ALTER TABLE documents ADD COLUMN approval_id BIGINT REFERENCES approvals (id);"
     "ALTER TABLE documents ADD COLUMN supersedes BIGINT REFERENCES documents (id)",
     // SQLite: one desk, its officer does everything; the database still
     // keeps the steps append-only and the register behind approval.
     "CREATE TRIGGER approvals_no_update BEFORE UPDATE ON approvals BEGIN SELECT RAISE(ABORT, '报批记录只能追加，不能修改'); END;;"
     "CREATE TRIGGER approvals_no_delete BEFORE DELETE ON approvals BEGIN SELECT RAISE(ABORT, '报批记录只能追加，不能删除'); END;;"
     "CREATE TRIGGER approval_steps_no_update BEFORE UPDATE ON approval_steps BEGIN SELECT RAISE(ABORT, '签发记录只能追加，不能修改'); END;;"
     "CREATE TRIGGER approval_steps_no_delete BEFORE DELETE ON approval_steps BEGIN SELECT RAISE(ABORT, '签发记录只能追加，不能删除'); END;;"
     "CREATE TRIGGER voids_no_update BEFORE UPDATE ON voids BEGIN SELECT RAISE(ABORT, '作废记录只能追加，不能修改'); END;;"
     "CREATE TRIGGER voids_no_delete BEFORE DELETE ON voids BEGIN SELECT RAISE(ABORT, '作废记录只能追加，不能删除'); END;;"
     "CREATE TRIGGER approvals_level BEFORE INSERT ON approvals "
     "WHEN NEW.level = 'judge' AND EXISTS (SELECT 1 FROM signoff_rules r WHERE r.template_id = NEW.template_id AND (r.level = 'president' "
     "  OR (r.president_unless IS NOT NULL AND IFNULL(json_extract(NEW.case_json, '$.' || r.president_unless), 0) <> 1))) "
     "BEGIN SELECT RAISE(ABORT, '此文书须由院长签发'); END;;"
     "CREATE TRIGGER documents_known BEFORE INSERT ON documents "
     "WHEN EXISTS (SELECT 1 FROM signoff_rules) AND NOT EXISTS (SELECT 1 FROM signoff_rules r WHERE r.template_id = NEW.template_id) "
     "BEGIN SELECT RAISE(ABORT, '案件库不认识这种文书（模板 id 不在签发规则中），不能登记'); END;;"
     "CREATE TRIGGER documents_signoff BEFORE INSERT ON documents "
     "WHEN NEW.approval_id IS NULL AND EXISTS (SELECT 1 FROM signoff_rules r WHERE r.template_id = NEW.template_id AND r.level <> 'none') "
     "BEGIN SELECT RAISE(ABORT, '此文书须经签发（报批并批准）后才能登记'); END;;"
     "CREATE TRIGGER documents_approval BEFORE INSERT ON documents "
     "WHEN NEW.approval_id IS NOT NULL AND ("
     "  COALESCE((SELECT s.step FROM approval_steps s WHERE s.approval_id = NEW.approval_id), '') <> 'approved'"
     "  OR NOT EXISTS (SELECT 1 FROM approvals a WHERE a.id = NEW.approval_id AND a.copied = 0 AND a.template_id = NEW.template_id"
     "    AND a.template_version = NEW.template_version AND a.case_number = NEW.case_number AND a.case_json = NEW.case_json"
     "    AND a.document_sha256 = NEW.sha256)) "
     "BEGIN SELECT RAISE(ABORT, '登记的文书须与批准的报批完全一致（同一文书、版本、案件内容）'); END;;"
     "CREATE TRIGGER documents_supersedes BEFORE INSERT ON documents "
     "WHEN NEW.supersedes IS NOT NULL AND (NOT EXISTS (SELECT 1 FROM voids v WHERE v.document_id = NEW.supersedes) "
     "  OR NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = NEW.supersedes AND d.template_id = NEW.template_id AND d.case_number = NEW.case_number)) "
     "BEGIN SELECT RAISE(ABORT, '重新出具须先作废原登记，且须为同一案件的同一文书'); END",
     // PostgreSQL: the same, and the database itself says who acted, when,
     // and whether they may. Every function looks tables up in public only
     // (a login's temporary table cannot stand in for one).
     "CREATE FUNCTION zhiwen_now() RETURNS text LANGUAGE sql STABLE SET search_path = pg_catalog AS $$ "
     "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') $$;;"
     "CREATE FUNCTION zhiwen_append_only() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$ "
     "BEGIN RAISE EXCEPTION '%只能追加，不能修改或删除（%）', CASE TG_TABLE_NAME WHEN 'approvals' THEN '报批记录' "
     "WHEN 'approval_steps' THEN '签发记录' ELSE '作废记录' END, TG_OP; END $$;;"
     "CREATE TRIGGER approvals_append_only BEFORE UPDATE OR DELETE ON approvals FOR EACH ROW EXECUTE FUNCTION zhiwen_append_only();;"
     "CREATE TRIGGER approval_steps_append_only BEFORE UPDATE OR DELETE ON approval_steps FOR EACH ROW EXECUTE FUNCTION zhiwen_append_only();;"
     "CREATE TRIGGER voids_append_only BEFORE UPDATE OR DELETE ON voids FOR EACH ROW EXECUTE FUNCTION zhiwen_append_only();;"
     "CREATE TRIGGER signoff_no_truncate BEFORE TRUNCATE ON approvals FOR EACH STATEMENT EXECUTE FUNCTION zhiwen_append_only();;"
     "CREATE TRIGGER steps_no_truncate BEFORE TRUNCATE ON approval_steps FOR EACH STATEMENT EXECUTE FUNCTION zhiwen_append_only();;"
     "CREATE TRIGGER voids_no_truncate BEFORE TRUNCATE ON voids FOR EACH STATEMENT EXECUTE FUNCTION zhiwen_append_only();;"
     // `store copy` moves a desk's register into the court's as it was
     // (who issued, who approved): only an administrator, only inside it.
     "CREATE FUNCTION zhiwen_copying() RETURNS boolean LANGUAGE sql STABLE SET search_path = pg_catalog AS $$ "
     "SELECT COALESCE(current_setting('zhiwen.copying', true), '') = 'on' AND pg_has_role(session_user, 'zhiwen_admin', 'MEMBER') $$;;"
     "CREATE FUNCTION zhiwen_role_of_level(level text) RETURNS text LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$ "
     "SELECT CASE level WHEN 'president' THEN 'zhiwen_president' ELSE 'zhiwen_judge' END $$;;"
     // The level a request needs: the template's, raised to the president's
     // where its `unless` field is not true in the case submitted.
     "CREATE FUNCTION zhiwen_level_needed(template text, case_json text) RETURNS text LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$ "
     "SELECT CASE WHEN r.level = 'judge' AND r.president_unless IS NOT NULL "
     "  AND (case_json::jsonb #>> string_to_array(r.president_unless, '.')) IS DISTINCT FROM 'true' THEN 'president' ELSE r.level END "
     "FROM public.signoff_rules r WHERE r.template_id = template $$;;"
     "CREATE FUNCTION zhiwen_approvals_insert() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$ "
     "BEGIN IF zhiwen_copying() THEN RETURN NEW; END IF; "
     "NEW.submitted_by := session_user; NEW.submitted_at := zhiwen_now(); NEW.copied := 0; "
     "IF NEW.level = 'judge' AND zhiwen_level_needed(NEW.template_id, NEW.case_json) = 'president' THEN "
     "  RAISE EXCEPTION '此文书须由院长签发'; END IF; "
     "RETURN NEW; END $$;;"
     "CREATE TRIGGER approvals_insert BEFORE INSERT ON approvals FOR EACH ROW EXECUTE FUNCTION zhiwen_approvals_insert();;"
     "CREATE FUNCTION zhiwen_approval_steps_insert() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$ "
     "DECLARE lvl text; BEGIN IF zhiwen_copying() THEN RETURN NEW; END IF; NEW.actor := session_user; NEW.at := zhiwen_now(); "
     "SELECT a.level INTO lvl FROM public.approvals a WHERE a.id = NEW.approval_id; "
     "IF NOT pg_has_role(session_user, zhiwen_role_of_level(lvl), 'MEMBER') THEN "
     "  RAISE EXCEPTION '% 无权%此文书：须由%签发', session_user, CASE NEW.step WHEN 'approved' THEN '批准' ELSE '退回' END, "
     "  CASE lvl WHEN 'president' THEN '院长' ELSE '审判员、审判长或院长' END USING ERRCODE = 'insufficient_privilege'; END IF; "
     "RETURN NEW; END $$;;"
     "CREATE TRIGGER approval_steps_insert BEFORE INSERT ON approval_steps FOR EACH ROW EXECUTE FUNCTION zhiwen_approval_steps_insert();;"
     "CREATE FUNCTION zhiwen_documents_insert() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$ "
     "DECLARE lvl text; BEGIN IF zhiwen_copying() THEN RETURN NEW; END IF; "
     "NEW.issued_by := session_user; NEW.issued_at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'); "
     "SELECT r.level INTO lvl FROM public.signoff_rules r WHERE r.template_id = NEW.template_id; "
     "IF lvl IS NULL AND EXISTS (SELECT 1 FROM public.signoff_rules) THEN "
     "  RAISE EXCEPTION '案件库不认识这种文书（%），不能登记', NEW.template_id; END IF; "
     "IF NEW.approval_id IS NULL THEN "
     "  IF COALESCE(lvl, 'none') <> 'none' THEN RAISE EXCEPTION '此文书（%）须经签发（报批并批准）后才能登记', NEW.template_id; END IF; "
     "ELSIF COALESCE((SELECT s.step FROM public.approval_steps s WHERE s.approval_id = NEW.approval_id), '') <> 'approved' THEN "
     "  RAISE EXCEPTION '第 % 号报批尚未批准，文书不能登记', NEW.approval_id; "
     "ELSIF NOT EXISTS (SELECT 1 FROM public.approvals a WHERE a.id = NEW.approval_id AND a.copied = 0 AND a.template_id = NEW.template_id "
     "  AND a.template_version = NEW.template_version AND a.case_number = NEW.case_number AND a.case_json = NEW.case_json "
     "  AND a.document_sha256 = NEW.sha256) THEN "
     "  RAISE EXCEPTION '登记的文书与第 % 号报批批准的不一致（须为同一文书、版本与案件内容；批准后修改了案件的须重新报批）', NEW.approval_id; "
     "END IF; "
     "IF NEW.supersedes IS NOT NULL AND (NOT EXISTS (SELECT 1 FROM public.voids v WHERE v.document_id = NEW.supersedes) "
     "  OR NOT EXISTS (SELECT 1 FROM public.documents d WHERE d.id = NEW.supersedes AND d.template_id = NEW.template_id AND d.case_number = NEW.case_number)) THEN "
     "  RAISE EXCEPTION '重新出具须先作废原登记，且须为同一案件的同一文书'; END IF; "
     "RETURN NEW; END $$;;"
     "CREATE TRIGGER documents_insert BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION zhiwen_documents_insert();;"
     "CREATE FUNCTION zhiwen_voids_insert() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$ "
     "BEGIN IF zhiwen_copying() THEN RETURN NEW; END IF; NEW.voided_by := session_user; NEW.voided_at := zhiwen_now(); "
     "IF EXISTS (SELECT 1 FROM public.documents d JOIN public.signoff_rules r ON r.template_id = d.template_id WHERE d.id = NEW.document_id AND r.level <> 'none') "
     "   AND NOT pg_has_role(session_user, 'zhiwen_judge', 'MEMBER') THEN "
     "  RAISE EXCEPTION '% 无权作废经签发的文书：须由审判员、审判长或院长作废', session_user USING ERRCODE = 'insufficient_privilege'; END IF; "
     "RETURN NEW; END $$;;"
     "CREATE TRIGGER voids_insert BEFORE INSERT ON voids FOR EACH ROW EXECUTE FUNCTION zhiwen_voids_insert()"},
    // 7: the case list's order as an index: its first page is read from the
    // index instead of sorting every case (100,000 cases: 160 ms to ~1 ms).
    {"",
     "CREATE INDEX cases_recent ON cases (archived, MAX(COALESCE(opened_at, ''), updated_at) DESC, id DESC)",
     "CREATE INDEX cases_recent ON cases (archived, (GREATEST(COALESCE(opened_at, ''), updated_at)) DESC, id DESC)"},
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == Database::SchemaVersion);

// PostgreSQL: the court's roles and what each may do, set after every
// migration (idempotent). Roles belong to the server, not one database, so
// they are made when missing. Each role holds the one below it:
// 书记员 < 法官助理 < 审判员/审判长 < 院长; the admin owns the schema and so is
// the only one who can migrate it. The register, approvals, steps and voids
// have INSERT and SELECT only, and their triggers refuse UPDATE and DELETE
// to anyone, the owner included.
const char *const kPostgresRoles[] = {
    "DO $$ BEGIN "
    "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhiwen_clerk') THEN CREATE ROLE zhiwen_clerk NOLOGIN; END IF; "
    "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhiwen_assistant') THEN CREATE ROLE zhiwen_assistant NOLOGIN IN ROLE zhiwen_clerk; END IF; "
    "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhiwen_judge') THEN CREATE ROLE zhiwen_judge NOLOGIN IN ROLE zhiwen_assistant; END IF; "
    "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhiwen_president') THEN CREATE ROLE zhiwen_president NOLOGIN IN ROLE zhiwen_judge; END IF; "
    "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhiwen_admin') THEN CREATE ROLE zhiwen_admin NOLOGIN IN ROLE zhiwen_clerk; END IF; "
    "END $$",
    // No login needs temporary tables; none can shadow the store's with one.
    "DO $$ BEGIN EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database()); "
    "EXCEPTION WHEN insufficient_privilege THEN RAISE WARNING 'TEMPORARY not revoked: not the database owner'; END $$",
    "GRANT USAGE ON SCHEMA public TO zhiwen_clerk",
    "GRANT SELECT ON meta, cases, parties, documents, certificates, approvals, approval_steps, voids, signoff_rules TO zhiwen_clerk",
    "GRANT INSERT, UPDATE ON cases TO zhiwen_clerk",
    "GRANT INSERT, DELETE ON parties TO zhiwen_clerk",
    "GRANT INSERT ON documents, certificates, approvals, voids TO zhiwen_clerk",
    "GRANT INSERT ON approval_steps TO zhiwen_judge",
    "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO zhiwen_clerk",
    "REVOKE UPDATE, DELETE, TRUNCATE ON documents, approvals, approval_steps, voids, certificates FROM PUBLIC",
    "GRANT INSERT, UPDATE, DELETE ON signoff_rules TO zhiwen_admin",
};

// Tables and functions the admin role owns (so only its members migrate).
const char *const kOwned[] = {"meta", "cases", "parties", "documents", "certificates", "approvals", "approval_steps", "voids", "signoff_rules"};
const char *const kOwnedFunctions[] = {"zhiwen_register_append_only()", "zhiwen_append_only()", "zhiwen_role_of_level(text)", "zhiwen_copying()",
                                       "zhiwen_now()", "zhiwen_level_needed(text, text)",
                                       "zhiwen_approvals_insert()", "zhiwen_approval_steps_insert()", "zhiwen_documents_insert()",
                                       "zhiwen_voids_insert()"};

// The statements of migration `m` for a backend, in order.
QStringList statements(const Migration &m, bool postgres)
{
    QStringList out;
    for (QString st : QString::fromUtf8(m.both).split(QLatin1Char(';'), Qt::SkipEmptyParts))
        out << st.replace(QStringLiteral("{id}"), postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY"));
    out += QString::fromUtf8(postgres ? m.postgres : m.sqlite).split(QStringLiteral(";;"), Qt::SkipEmptyParts);
    return out;
}

// `postgresql://user@host:port/dbname?sslmode=…` as libpq keywords.
QString conninfoFromUrl(const QString &location)
{
    const QUrl url(location);
    QStringList parts;
    auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            parts << QLatin1String(key) + QLatin1Char('=') + value;
    };
    add("host", url.host());
    add("port", url.port() > 0 ? QString::number(url.port()) : QString());
    add("dbname", url.path().mid(1));
    add("user", url.userName());
    // A password is never taken from the location: libpq's password file or
    // PGPASSWORD supply it.
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        if (key != QLatin1String("password"))
            parts << key + QLatin1Char('=') + value;
    return parts.join(QLatin1Char(' '));
}

} // namespace

using sql::errorText;

Database::Database(Database &&other) noexcept
    : m_connection(std::exchange(other.m_connection, QString()))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_connection = std::exchange(other.m_connection, QString());
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_connection.isEmpty())
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

bool Database::isServerLocation(const QString &location)
{
    static const QRegularExpression keyword(QStringLiteral("(^|\\s)(host|hostaddr|dbname|service|port|user)\\s*="));
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://")) || keyword.match(location).hasMatch();
}

QString Database::describe(const QString &location)
{
    if (!isServerLocation(location))
        return location;
    QString shown = location;
    // Never a password on screen or in a message.
    shown.replace(QRegularExpression(QStringLiteral("password\\s*=\\s*\\S+")), QStringLiteral("password=***"));
    shown.replace(QRegularExpression(QStringLiteral("(://[^:/@]*):[^@/]*@")), QStringLiteral("\\1:***@"));
    return shown;
}

Expected<Database> Database::open(const QString &location, const QString &password)
{
    return isServerLocation(location) ? openServer(location, password) : openFile(location);
}

bool Database::needsPassword(const Diagnostics &errors)
{
    for (const Diagnostic &d : errors)
        if (d.message.contains(QLatin1String("no password supplied")) || d.message.contains(QLatin1String("password authentication failed")))
            return true;
    return false;
}

Expected<Database> Database::openServer(const QString &location, const QString &password)
{
    const QString where = describe(location);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Diagnostic::error(where, Tr::tr("缺少 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql），无法连接法院的案件库服务器"));
    Database database;
    database.m_connection = QStringLiteral("zhiwen-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database.m_connection);
    // Everything as libpq keywords; libpq fills in the rest from PGHOST,
    // PGUSER … and the password file, and uses TLS when the server offers it.
    db.setConnectOptions(location.contains(QLatin1String("://")) ? conninfoFromUrl(location) : location);
    if (!password.isEmpty())
        db.setPassword(password);
    if (!db.open())
        return Diagnostic::error(where, Tr::tr("无法连接案件库服务器：%1").arg(errorText(db.lastError())));
    QSqlQuery q(db);
    // Short queries all: JIT compiling costs more than it saves (a case
    // list's page took 450 ms of which 408 were JIT, measured on 100,000 cases).
    if (!q.exec(QStringLiteral("SET client_min_messages = warning")) || !q.exec(QStringLiteral("SET jit = off")))
        return Diagnostic::error(where, errorText(q.lastError()));
    if (const auto migrated = database.migrate(where); !migrated)
        return migrated.errors();
    return database;
}

Expected<Database> Database::openFile(const QString &fileName)
{
    QDir().mkpath(QFileInfo(fileName).absolutePath());
    Database database;
    database.m_connection = QStringLiteral("zhiwen-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database.m_connection);
    db.setDatabaseName(fileName);
    // Another process holding the write lock is waited for, not failed on.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return Diagnostic::error(fileName, Tr::tr("无法打开数据库：%1").arg(errorText(db.lastError())));
    QSqlQuery q(db);
    // Switching to WAL needs the database to itself and SQLite does not wait
    // for that: retry for a while when another process has it open. Once the
    // file is in WAL mode the switch is a no-op.
    QElapsedTimer waited;
    waited.start();
    bool wal = false;
    while (!(wal = q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) && waited.elapsed() < 10000
           && q.lastError().text().contains(QLatin1String("locked")))
        QThread::msleep(20);
    if (!wal || !q.exec(QStringLiteral("PRAGMA synchronous=FULL")))
        return Diagnostic::error(fileName, Tr::tr("数据库无法使用（可能已损坏或被锁定）：%1").arg(errorText(q.lastError())));
    if (const auto migrated = database.migrate(fileName); !migrated)
        return migrated.errors();
    return database;
}

Expected<bool> Database::migrate(const QString &where)
{
    QSqlDatabase db = handle();
    const bool postgres = sql::isPostgres(db);
    QSqlQuery q(db);
    sql::Transaction tx(db);
    if (!tx.isOpen())
        return Diagnostic::error(where, Tr::tr("数据库被占用：%1").arg(tx.error()));
    // Desks starting at once on one server: one of them migrates, the others wait.
    if (postgres && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(4242001)")))
        return Diagnostic::error(where, errorText(q.lastError()));
    // A login that may not create tables (a clerk's) only reads the version.
    const bool hasMeta = postgres && (q.exec(QStringLiteral("SELECT to_regclass('meta') IS NOT NULL")) && q.next() && q.value(0).toBool());
    if (!hasMeta && !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")))
        return Diagnostic::error(where, postgres ? Tr::tr("案件库尚未建立，本登录无权建立：请管理员运行 zhiwen-cli store migrate（%1）").arg(errorText(q.lastError()))
                                                 : Tr::tr("数据库无法使用（可能已损坏）：%1").arg(errorText(q.lastError())));
    int version = 0;
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next())
        version = q.value(0).toInt();
    if (version > SchemaVersion)
        return Diagnostic::error(where, Tr::tr("数据库版本 %1 比本程序支持的 %2 新，请升级执文").arg(version).arg(SchemaVersion));
    if (postgres && version > 0 && version < SchemaVersion
        && !(q.exec(QStringLiteral("SELECT pg_has_role(session_user, 'zhiwen_admin', 'MEMBER')")) && q.next() && q.value(0).toBool())
        && !(q.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = session_user")) && q.next() && q.value(0).toBool()))
        return Diagnostic::error(where, Tr::tr("案件库为第 %1 版，本程序需要第 %2 版：只有管理员（zhiwen_admin 角色）能升级案件库，请管理员运行 zhiwen-cli store migrate").arg(version).arg(SchemaVersion));
    for (int v = version; v < SchemaVersion; ++v) {
        for (const QString &statement : statements(kMigrations[v], postgres)) {
            if (!q.exec(statement))
                return Diagnostic::error(where, Tr::tr("数据库升级到第 %1 版失败：%2").arg(v + 1).arg(errorText(q.lastError())));
        }
    }
    if (postgres && version != SchemaVersion) {
        QStringList grants;
        for (const char *st : kPostgresRoles)
            grants << QString::fromUtf8(st);
        for (const char *table : kOwned)
            grants << QStringLiteral("ALTER TABLE %1 OWNER TO zhiwen_admin").arg(QLatin1String(table));
        for (const char *function : kOwnedFunctions)
            grants << QStringLiteral("ALTER FUNCTION %1 OWNER TO zhiwen_admin").arg(QLatin1String(function));
        for (const QString &statement : grants)
            if (!q.exec(statement))
                return Diagnostic::error(where, Tr::tr("设置案件库的角色与权限失败（须由数据库管理员升级）：%1").arg(errorText(q.lastError())));
    }
    if (version != SchemaVersion
        && !sql::exec(q, QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      {QString::number(SchemaVersion)}))
        return Diagnostic::error(where, errorText(q.lastError()));
    q.finish();
    if (!tx.commit())
        return Diagnostic::error(where, tx.error());
    return true;
}

QString Database::fileName() const
{
    return handle().databaseName();
}

Expected<int> Database::schemaVersion() const
{
    QSqlQuery q(handle());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")))
        return Diagnostic::error(fileName(), errorText(q.lastError()));
    return q.next() ? q.value(0).toInt() : 0;
}

Expected<bool> Database::analyse() const
{
    QSqlQuery q(handle());
    if (!q.exec(QStringLiteral("ANALYZE")))
        return Diagnostic::error(fileName(), errorText(q.lastError()));
    return true;
}

Expected<QString> Database::setAside(const QString &fileName)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = fileName + QStringLiteral(".unusable-") + stamp;
    if (QFile::exists(fileName) && !QFile::rename(fileName, target))
        return Diagnostic::error(fileName, Tr::tr("无法将数据库改名为 %1").arg(target));
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = fileName + QLatin1String(suffix);
        if (QFile::exists(side) && !QFile::rename(side, target + QLatin1String(suffix)))
            return Diagnostic::error(side, Tr::tr("无法将数据库附属文件改名"));
    }
    return target;
}

} // namespace zw
