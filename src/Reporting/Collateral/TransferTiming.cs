namespace Reporting.Collateral;

/// <summary>
/// When a demand and its transfer happen after a Valuation Date (1994 CSA Paragraph 4 as
/// elected): notice on the next Local Business Day by the Notification Time, transfer by close
/// of business on the Local Business Day after that.
/// </summary>
public sealed record TransferTiming(int NotificationBusinessDays, string NotificationTime, int TransferBusinessDays);
