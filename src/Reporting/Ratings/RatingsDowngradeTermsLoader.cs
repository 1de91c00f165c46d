using Reporting.Calendars;
using Reporting.Deals;
using Reporting.Inputs;

namespace Reporting.Ratings;

/// <summary>Reads the <c>ratings_downgrade:</c> section of the deal terms file.</summary>
internal static class RatingsDowngradeTermsLoader
{
    /// <param name="calendars">The calendars the deal may name, its own included.</param>
    public static RatingsDowngradeTerms Read(TermsNode node, IReadOnlyList<Party> parties, CalendarCatalog? calendars = null)
    {
        calendars ??= CalendarCatalog.Standard;
        var provider = PartyKeys.Read(node, "provider", parties);
        var beneficiary = PartyKeys.Read(node, "beneficiary", parties);
        var calendar = node.Required("local_business_days", calendars.Parse, HolidayCalendars.Usny);
        var agencies = ReadAgencies(node);
        var affected = node.OptionalString("affected_party") ?? provider;
        PartyKeys.Check(node, "affected_party", affected, parties);

        var events = new List<RatingsEventTerms>();
        var eventsPresent = node.Has("events");
        foreach (var eventNode in node.SectionList("events"))
        {
            var read = ReadEvent(eventNode, calendar, agencies, calendars);
            if (events.Any(e => e.Id == read.Id)) eventNode.Error("id", $"event '{read.Id}' is defined twice");
            events.Add(read);
        }
        if (!eventsPresent) node.Error("events", "required key is missing (expected a list of ratings events)");

        var terms = new RatingsDowngradeTerms(provider, beneficiary, calendar, agencies, events, affected,
            node.InputFileOrNone("ratings_file", "ratings.csv"),
            node.InputFile("actions_file", "actions.csv"));
        node.RejectUnknownKeys();
        return terms;
    }

    private static IReadOnlyList<RatingAgency> ReadAgencies(TermsNode node)
    {
        var agencies = new List<RatingAgency>();
        foreach (var text in node.StringList("agencies"))
        {
            var agency = node.RatingScales.Find(text);
            if (agency is null) node.Error("agencies", $"'{text}' is not a rating agency (expected {node.RatingScales.Expected})");
            else agencies.Add(agency);
        }
        return agencies.Count > 0 ? agencies : node.RatingScales.Agencies;
    }

    private static RatingsEventTerms ReadEvent(TermsNode node, HolidayCalendar calendar, IReadOnlyList<RatingAgency> agencies, CalendarCatalog calendars)
    {
        var id = node.RequiredString("id");
        var name = node.OptionalString("name") ?? $"Ratings Event {id}";
        var description = node.OptionalString("description");
        var triggers = TriggerClauseReader.ReadList(node, "triggers");
        foreach (var clause in triggers.Where(c => !agencies.Contains(c.Scale.Agency)))
            node.Error("triggers", $"{clause.Scale.Agency.Code} is not among the agencies of ratings_downgrade");
        // Some clauses ask for no notice of the event (the schedule of many 2007 swaps): no deadline then.
        var noticeNode = node.OptionalSection("notice");
        BusinessDayOffset? notice = noticeNode is null ? null : ReadDeadline(noticeNode, calendar, calendars);
        var remedy = ReadDeadline(node.RequiredSection("remedy"), calendar, calendars);
        var remedies = ReadRemedies(node, "remedies");
        var demandNode = node.OptionalSection("collateral_demand");
        BusinessDayOffset? demand = null, delivery = null;
        if (demandNode is not null)
        {
            demand = new BusinessDayOffset(demandNode.RequiredInt("business_days_after_remedy_deadline"), calendar);
            delivery = new BusinessDayOffset(demandNode.RequiredInt("delivery_business_days_after_demand"), calendar);
            demandNode.RejectUnknownKeys();
        }
        var restrictions = new List<RemedyRestriction>();
        foreach (var r in node.SectionList("restricted_remedies"))
        {
            var clause = r.RequiredString("clause");
            if (clause.Length > 0 && !triggers.Any(t => t.Label == clause))
                r.Error("clause", $"no trigger of event {id} is labelled '{clause}'");
            restrictions.Add(new RemedyRestriction(clause, ReadRemedies(r, "remedies")));
            r.RejectUnknownKeys();
        }
        node.RejectUnknownKeys();
        return new RatingsEventTerms(id, name, description, triggers, notice, remedy, remedies, demand, delivery, restrictions);
    }

    private static IReadOnlyList<string> ReadRemedies(TermsNode node, string key)
    {
        var remedies = new List<string>();
        foreach (var text in node.StringList(key))
        {
            var match = RatingsActionKinds.Remedies.FirstOrDefault(k => string.Equals(k, text, StringComparison.OrdinalIgnoreCase));
            if (match is null) node.Error(key, $"'{text}' is not a remedy (expected {string.Join(", ", RatingsActionKinds.Remedies)})");
            else remedies.Add(match);
        }
        if (remedies.Count == 0 && node.Has(key) == false) node.Error(key, "required key is missing (expected a list of remedies)");
        return remedies;
    }

    /// <summary><c>{days: 5, count: business}</c> or <c>{days: 30, count: calendar}</c>.</summary>
    private static BusinessDayOffset ReadDeadline(TermsNode? node, HolidayCalendar calendar, CalendarCatalog calendars)
    {
        if (node is null) return BusinessDayOffset.CalendarDays(0);
        var days = node.RequiredInt("days");
        if (days < 0) node.Error("days", "must not be negative");
        var count = node.RequiredChoice("count", new[] { "business", "calendar" });
        var own = node.Optional("calendar", calendars.Parse) ?? calendar;
        node.RejectUnknownKeys();
        return count == "business" ? new BusinessDayOffset(days, own) : BusinessDayOffset.CalendarDays(days);
    }
}
