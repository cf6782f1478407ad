#include "reportfixture.h"

#include "report/reportpdf.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

using namespace Csm;
using namespace Csm::Test;

namespace {

const QLocale english(QLocale::English, QLocale::UnitedStates);
const QLocale british(QLocale::English, QLocale::UnitedKingdom);

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of the whole file, or of one page (1-based).
QString pdfText(const QString &path, int page = 0)
{
    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << path << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), arguments);
}

QString pdfInfo(const QString &path, const QString &field)
{
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    const QRegularExpression re(QStringLiteral("^%1:\\s*(.*)$").arg(field),
                                QRegularExpression::MultilineOption);
    return re.match(info).captured(1).trimmed();
}

QString writePdf(TempWorkspace &ws, const CustomerId &id, ReportKind kind, const QLocale &locale,
                 const QString &name = QStringLiteral("report.pdf"))
{
    ReportOptions options;
    options.locale = locale;
    const ReportContent content = buildReport(*ws, id, kind, options, ReportFixture::asOf());
    const QString path = ws.dir() + QLatin1Char('/') + name;
    QString error;
    REQUIRE(writeReportPdf(content, path, &error));
    CHECK(error.isEmpty());
    return path;
}

} // namespace

TEST_CASE("The PDF holds each objective's baseline, target and actual as text")
{
    TempWorkspace ws;
    const OnboardingFile acme = ReportFixture::acme();
    REQUIRE(ws->insertOnboardingFile(acme));
    const QString path = writePdf(ws, acme.customer.id, ReportKind::Ebr, english);
    const QString text = pdfText(path);
    CHECK(text.contains(QLatin1String("Executive business review")));
    CHECK(text.contains(QLatin1String("Acme Freight")));
    CHECK(text.contains(QLatin1String("Dana Lee, COO")));
    for (const char *value : {"5 reports", "10 reports", "7.5 reports", "8 h", "2 h", "3.25 h"})
        CHECK(text.contains(QLatin1String(value)));
    // Long paragraphs are wrapped, so the goal sentence is checked without line breaks.
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    CHECK(flat.contains(QLatin1String("you are at 7.5 reports after 4 weeks and on track.")));

    const int pages = pdfInfo(path, QStringLiteral("Pages")).toInt();
    CHECK(pages >= 1);
    CHECK(pdfText(path, pages).contains(QStringLiteral("Page %1 of %1").arg(pages)));
    CHECK(pdfText(path, 1).contains(QStringLiteral("Page 1 of %1").arg(pages)));
    // Fonts are embedded: the "emb" column after the encoding says yes for every font.
    const QString fonts = run(QStringLiteral("pdffonts"), {path});
    INFO(fonts.toStdString());
    CHECK(fonts.contains(
        QRegularExpression(QStringLiteral("DejaVuSans\\s+CID TrueType\\s+Identity-H\\s+yes"))));
    CHECK_FALSE(fonts.contains(QRegularExpression(QStringLiteral("Identity-H\\s+no"))));
}

TEST_CASE("The paper is Letter for US locales and A4 elsewhere")
{
    TempWorkspace ws;
    const OnboardingFile acme = ReportFixture::acme();
    REQUIRE(ws->insertOnboardingFile(acme));
    CHECK(pdfInfo(writePdf(ws, acme.customer.id, ReportKind::ValueReview, english,
                           QStringLiteral("us.pdf")),
                  QStringLiteral("Page size"))
              .startsWith(QLatin1String("612 x 792 pts")));
    CHECK(pdfInfo(writePdf(ws, acme.customer.id, ReportKind::ValueReview, british,
                           QStringLiteral("uk.pdf")),
                  QStringLiteral("Page size"))
              .contains(QLatin1String("(A4)")));
}

TEST_CASE("User text is drawn literally, never as markup")
{
    TempWorkspace ws;
    const QString name = QStringLiteral("<b>Tom & Jerry's</b>");
    const OnboardingFile file = ReportFixture::acme(name);
    REQUIRE(ws->insertOnboardingFile(file));
    const QString text = pdfText(writePdf(ws, file.customer.id, ReportKind::ValueReview, english));
    CHECK(text.contains(name));
}

TEST_CASE("A customer without plan or usage still gives a clean one-page report")
{
    TempWorkspace ws;
    const OnboardingFile empty = ReportFixture::other(QStringLiteral("Empty Ltd"), -1);
    REQUIRE(ws->insertOnboardingFile(empty));
    const QString path = writePdf(ws, empty.customer.id, ReportKind::Ebr, english);
    CHECK(pdfInfo(path, QStringLiteral("Pages")) == QLatin1String("1"));
    const QString text = pdfText(path);
    CHECK(text.contains(QLatin1String("Empty Ltd")));
    CHECK(text.contains(QLatin1String("No measurable objectives")));
    CHECK(text.contains(QLatin1String("No product usage")));
    CHECK(text.contains(QLatin1String("Page 1 of 1")));
}

TEST_CASE("A long table breaks between rows and repeats its header row")
{
    ReportContent content;
    content.title = QStringLiteral("Value review");
    content.customerName = QStringLiteral("Long Table Inc");
    content.date = QDate(2026, 2, 4);
    content.locale = british;
    ReportSection section;
    section.key = QStringLiteral("goals");
    section.title = QStringLiteral("Many rows");
    ReportTable table;
    table.header = {QStringLiteral("Row label"), QStringLiteral("Amount")};
    table.numeric = {false, true};
    for (int i = 1; i <= 150; ++i)
        table.rows.append({QStringLiteral("Row %1 with a description long enough to wrap onto a "
                                          "second line in its cell on the page, and then some "
                                          "more words to be sure of it")
                               .arg(i, 3, 10, QLatin1Char('0')),
                           QString::number(i * 10)});
    section.addTable(table);
    content.sections.append(section);

    const ReportLayout layout = layoutReport(content);
    REQUIRE(layout.pageCount() >= 3);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    REQUIRE(writeReportPdf(content, path));
    CHECK(pdfInfo(path, QStringLiteral("Pages")).toInt() == layout.pageCount());
    int seen = 0;
    for (int page = 1; page <= layout.pageCount(); ++page) {
        const QString text = pdfText(path, page);
        INFO("page " << page);
        CHECK(text.contains(QLatin1String("Row label")));
        // Every row that starts on this page ends on it: its amount is there too.
        const QRegularExpression row(QStringLiteral("Row (\\d{3}) with"));
        for (auto it = row.globalMatch(text); it.hasNext();) {
            const int i = it.next().captured(1).toInt();
            CHECK(i == seen + 1);
            seen = i;
            CHECK(text.contains(QLatin1String("some more words")));
            CHECK(text.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(i * 10))));
        }
    }
    CHECK(seen == 150);

    // Structurally: each row's two cells are on the same page as its first line.
    for (const ReportPage &page : layout.pages) {
        int starts = 0;
        int ends = 0;
        for (const ReportPageItem &item : page.items) {
            if (const auto *text = std::get_if<ReportPageItem::Text>(&item.item)) {
                if (text->text.startsWith(QLatin1String("Row ")) &&
                    text->text != QLatin1String("Row label"))
                    ++starts;
                if (text->text.endsWith(QLatin1String("to be sure of it")) ||
                    text->text == QLatin1String("to be sure of it"))
                    ++ends;
            }
        }
        CHECK(starts == ends);
    }
}

TEST_CASE("A page paints the same into an image for a preview")
{
    TempWorkspace ws;
    const OnboardingFile acme = ReportFixture::acme();
    REQUIRE(ws->insertOnboardingFile(acme));
    ReportOptions options;
    options.locale = british;
    const ReportLayout layout = layoutReport(
        buildReport(*ws, acme.customer.id, ReportKind::Ebr, options, ReportFixture::asOf()));
    const QImage image = renderReportPage(layout, 0, 72);
    // A4 at 72 dpi: 595.3 x 841.9 points, rounded up.

    CHECK(image.width() == 595);
    CHECK(image.height() == 842);
    // Something other than white was painted.
    bool inked = false;
    for (int y = 0; y < image.height() && !inked; y += 4)
        for (int x = 0; x < image.width() && !inked; x += 2)
            inked = image.pixelColor(x, y).lightness() < 128;
    CHECK(inked);
}
