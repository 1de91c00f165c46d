using Reporting.Cycle.Models;
using Reporting.Deals;

namespace Reporting.Cycle.Planning;

/// <summary>
/// Applies the deal's notice clause (<see cref="NoticeTerms"/>) to one letter: the agreement it
/// names, the clauses it cites, its delivery, every copy (the addressee's required copies, then
/// the Rating Agencies when the terms copy this kind of letter to them) and the signature block.
/// A party with no notice address is an exception, never a silent omission.
/// </summary>
public static class NoticeEngine
{
    /// <param name="kind">The output kind of the letter (<c>ratings-event-notice</c>, ...).</param>
    /// <param name="eventId">The ratings event the letter concerns, if any.</param>
    public static NoticeModel For(DealTerms deal, string kind, Party sender, Party addressee, string? eventId = null)
    {
        var terms = deal.Notices;
        var exceptions = new List<NoticeExceptionModel>();
        if (terms is null) exceptions.Add(new NoticeExceptionModel("no-notice-terms", null));
        if (addressee.Notices is null || addressee.Notices.Address.Count == 0)
            exceptions.Add(new NoticeExceptionModel("no-notice-address", addressee.Name));

        var copies = addressee.CopiesTo.Select(c => new CopyModel("required", c.Name, ContactModel.From(c))).ToList();
        if (terms is not null && terms.CopyRatingAgencies.Contains(kind))
        {
            foreach (var agency in RatingAgencies(deal))
            {
                bool hasAddress = agency.Notices is { Address.Count: > 0 };
                if (!hasAddress) exceptions.Add(new NoticeExceptionModel("no-notice-address", agency.Name));
                copies.Add(new CopyModel("rating-agency", agency.Name, hasAddress ? ContactModel.From(agency.Notices!) : null));
            }
        }

        var agreement = terms?.Agreement is { } a ? new AgreementModel(a.Kind, a.Date, a.TradeDate, a.Reference) : null;
        var c0 = terms?.Clauses;
        var clauses = new ClausesModel(
            c0?.RatingsDowngrade,
            eventId is not null && c0 is not null && c0.RatingsEvents.TryGetValue(eventId, out var ev) ? ev : null,
            c0?.CollateralDemand, c0?.AdditionalTerminationEvent, c0?.TerminationSections ?? [],
            c0?.DeliveryAmount, c0?.ReturnAmount)
        {
            FailureToTransfer = c0?.FailureToTransfer,
            FailureToTransferDefault = c0?.FailureToTransferDefault,
        };
        var signature = new SignatureModel(sender.Name, sender.Capacity, sender.Signatory?.Name, sender.Signatory?.Title);
        return new NoticeModel(agreement, terms?.NoticeClause, terms?.DeliveryFor(kind) ?? [], copies, clauses, signature, exceptions);
    }

    /// <summary>
    /// The Rating Agencies as parties: those the ratings downgrade provisions name, in that order,
    /// else every party whose role is <c>rating-agency</c>. An agency the parties do not list still
    /// gets a copy, with no address (an exception).
    /// </summary>
    public static IReadOnlyList<Party> RatingAgencies(DealTerms deal)
    {
        if (deal.RatingsDowngrade is { } provisions)
        {
            return provisions.Agencies
                .Select(a => deal.FindParty(a.Code) ?? new Party(a.Code, a.DisplayName, "rating-agency", null, null, []))
                .ToArray();
        }
        return deal.Parties.Where(p => p.Role == "rating-agency").ToArray();
    }

    /// <summary>The exceptions of every letter of <paramref name="kinds"/>: what the run summary and the statement list.</summary>
    public static IReadOnlyList<NoticeExceptionModel> ExceptionsOf(DealTerms deal, IEnumerable<string> kinds)
    {
        if (deal.Notices is null) return [];
        var copied = kinds.Any(k => deal.Notices.CopyRatingAgencies.Contains(k));
        if (!copied) return [];
        return RatingAgencies(deal)
            .Where(a => a.Notices is not { Address.Count: > 0 })
            .Select(a => new NoticeExceptionModel("no-notice-address", a.Name))
            .ToArray();
    }
}
