using Reporting.Calendars;

namespace Reporting.Collateral;

/// <summary>
/// When a demand and its transfer happen after a Valuation Date (1994 CSA Paragraph 4 as
/// elected): notice on the next Local Business Day by the Notification Time, transfer by close
/// of business on the Local Business Day after that.
/// </summary>
/// <param name="Notification">From the Valuation Date to the notification, in Local Business Days.</param>
/// <param name="NotificationTime">The time of day the notice is due by, as the annex words it.</param>
/// <param name="Transfer">From the notification to the transfer, in Local Business Days.</param>
public sealed record TransferTiming(BusinessDayOffset Notification, string NotificationTime, BusinessDayOffset Transfer);
