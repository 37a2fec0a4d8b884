import Foundation
import XCTest

/// `new` without `--year`: most reports are written in the first quarter,
/// about the year before; the choice is said, not made silently.
final class NewYearTests: XCTestCase {
    func testFromJanuaryToMarchNewTakesLastYearAndSaysSo() throws {
        for (today, year, note) in [
            ("2026-01", 2025, "shuzhi: 说明：年度按2025年（今天是2026年1月，1至3月写的述职通常是上一年的）；要写别的年度，请加 --year\n"),
            ("2026-03", 2025, "shuzhi: 说明：年度按2025年（今天是2026年3月，1至3月写的述职通常是上一年的）；要写别的年度，请加 --year\n"),
            ("2026-04", 2026, "shuzhi: 说明：年度按2026年（今天是2026年4月）；要写别的年度，请加 --year\n"),
        ] {
            let r = try BinaryRunner.run(["new"], environment: ["SHUZHI_TODAY": today])
            XCTAssertEqual(r.code, 0, today)
            XCTAssertTrue(r.stdout.contains("\n年度: \(year)\n"), today)
            XCTAssertEqual(r.stderr, note, today)
        }
    }

    func testAYearGivenIsUsedWithoutANote() throws {
        let r = try BinaryRunner.run(["new", "--year", "2023"], environment: ["SHUZHI_TODAY": "2026-01"])
        XCTAssertEqual(r.code, 0)
        XCTAssertTrue(r.stdout.contains("\n年度: 2023\n"))
        XCTAssertEqual(r.stderr, "")
    }
}
