/// The year a new report is about, when the user does not say.
///
/// Reports are written at the turn of the year: from January to March a
/// report is nearly always about the year before (述职评议 is held in the
/// first quarter), from April on about the year in progress.
public enum ReportYear {
    /// The last month in which a new report is about the year before.
    public static let lastMonthForPreviousYear = 3

    /// The year a report begun in `month` (1–12) of `year` is about.
    public static func `default`(year: Int, month: Int) -> Int {
        month <= lastMonthForPreviousYear ? year - 1 : year
    }

    /// The note that says which year was chosen and why.
    public static func note(chosen: Int, year: Int, month: Int) -> String {
        let why = month <= lastMonthForPreviousYear
            ? "今天是\(year)年\(month)月，1至\(lastMonthForPreviousYear)月写的述职通常是上一年的"
            : "今天是\(year)年\(month)月"
        return "年度按\(chosen)年（\(why)）；要写别的年度，请加 --year"
    }
}
