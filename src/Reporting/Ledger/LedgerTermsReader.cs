using Reporting.Calendars;
using Reporting.Inputs;

namespace Reporting.Ledger;

/// <summary>
/// Reads the ledger's elections from the <c>credit_support_annex:</c> section of the terms file:
/// <c>interest_rate</c> (Paragraph 13(h)(i)) and <c>failure_to_transfer</c> (Paragraph 7 with
/// the Master Agreement's Section 5(a)(iii)). Both are optional; absent, the annex's printed
/// defaults apply.
/// </summary>
internal static class LedgerTermsReader
{
    public static InterestRateElection ReadInterestRate(TermsNode annex)
    {
        var node = annex.OptionalSection("interest_rate");
        if (node is null) return InterestRateElection.Achieved;
        var basis = node.RequiredChoice("basis", InterestRateElection.Bases);
        var index = node.OptionalString("index");
        var file = node.OptionalString("fixings_file");
        // A named file is an input of the deal: confined to its folder and required to be there.
        if (file is not null) file = node.InputFile("fixings_file", file);
        if (basis == InterestRateElection.FedFundsEffective)
        {
            if (index is null) node.Error("index", "required for fed-funds-effective (the index name in the fixings file, e.g. USD-Federal Funds-H.15)");
            if (file is null) node.Error("fixings_file", "required for fed-funds-effective (the file of daily rates)");
        }
        else if (index is not null || file is not null)
        {
            node.Error("basis", "an achieved-return rate comes from the collateral income in the transfers file: give no index or fixings_file");
        }
        node.RejectUnknownKeys();
        return new InterestRateElection(basis, index, file);
    }

    public static FailureToTransferTerms ReadFailureToTransfer(TermsNode annex, HolidayCalendar localBusinessDays)
    {
        var node = annex.OptionalSection("failure_to_transfer");
        if (node is null) return FailureToTransferTerms.Standard(localBusinessDays);
        var notice = node.RequiredInt("notice_business_days_after_due");
        var grace = node.RequiredInt("grace_business_days");
        if (notice < 0) node.Error("notice_business_days_after_due", "must not be negative");
        if (grace < 0) node.Error("grace_business_days", "must not be negative");
        var eventOfDefault = node.OptionalBool("event_of_default", true);
        node.RejectUnknownKeys();
        return new FailureToTransferTerms(new BusinessDayOffset(notice, localBusinessDays), new BusinessDayOffset(grace, localBusinessDays), eventOfDefault);
    }
}
