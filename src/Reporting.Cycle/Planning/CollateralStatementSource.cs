using Reporting.Cycle.Models;

namespace Reporting.Cycle.Planning;

/// <summary>The statement's collateral section: every Valuation Date of the month with its amounts.</summary>
public sealed class CollateralStatementSource : IStatementSectionSource
{
    public StatementParts Contribute(RunContext context, StatementParts parts)
    {
        if (context.Collateral is null) return parts;
        var valuations = context.Results.Valuations.Where(v => context.Contains(v.ValuationDate)).ToArray();
        foreach (var v in valuations)
        {
            foreach (var x in v.Exceptions) parts.Exceptions.Add(new ValuationException(v.ValuationDate, ValuationExceptionModel.From(x)));
        }
        var rows = valuations.Select(v => new ValuationSummaryModel(v.ValuationDate, v.Threshold.Amount, v.Exposure.Used,
            v.CreditSupportAmount, v.PostedValue, v.DeliveryAmount, v.ReturnAmount)
        {
            Agencies = v.Agencies.Count == 0 ? null : v.Agencies.Select(a => AgencyAmountModel.From(a, v.GoverningAgency)).ToArray(),
            GoverningAgency = v.Agencies.FirstOrDefault(a => a.Id == v.GoverningAgency)?.Name,
        }).ToArray();
        return parts with { Collateral = new CollateralSection(rows) };
    }
}
