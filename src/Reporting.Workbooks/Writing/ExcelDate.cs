namespace Reporting.Workbooks.Writing;

/// <summary>Excel's serial day numbers (the 1900 date system).</summary>
internal static class ExcelDate
{
    /// <summary>
    /// Day 0 is 1899-12-30, not 1899-12-31, because Excel counts a 29 February 1900 that never was;
    /// counting from here gives Excel's numbers for every date from 1900-03-01 on.
    /// </summary>
    private static readonly DateOnly _epoch = new(1899, 12, 30);

    public static int ToSerial(DateOnly date) => date.DayNumber - _epoch.DayNumber;

    public static DateOnly FromSerial(int serial) => _epoch.AddDays(serial);
}
