using Reporting.Calendars;
using Reporting.Deals;
using Reporting.Inputs;
using Reporting.Ratings;

namespace Reporting.Collateral;

/// <summary>Reads the <c>credit_support_annex:</c> section of the deal terms file.</summary>
internal static class CreditSupportAnnexTermsLoader
{
    /// <param name="calendars">The calendars the deal may name, its own included.</param>
    public static CreditSupportAnnexTerms Read(TermsNode node, IReadOnlyList<Party> parties, CalendarCatalog? calendars = null)
    {
        calendars ??= CalendarCatalog.Standard;
        var securedParty = PartyKeys.Read(node, "secured_party", parties);
        var pledgor = PartyKeys.Read(node, "pledgor", parties);
        var agent = PartyKeys.Read(node, "valuation_agent", parties);
        var calendar = node.Required("local_business_days", calendars.Parse, HolidayCalendars.Usny);
        var frequency = node.RequiredChoice("valuation_dates", new[] { "last-local-business-day-of-week", "every-local-business-day" })
            == "every-local-business-day" ? ValuationFrequency.Daily : ValuationFrequency.Weekly;
        var eligible = ReadEligible(node);
        var agencies = ReadAgencies(node, eligible);
        // With one Credit Support Amount per agency each agency brings its own add-ons; the annex-wide buffer is optional.
        var bufferNode = node.OptionalSection("volatility_buffer");
        if (bufferNode is null && agencies.Count == 0)
            node.Error("volatility_buffer", "required key is missing (expected a section; it may be left out only when credit_support_amounts gives each agency's add-ons)");
        var buffer = ReadBuffer(bufferNode);

        var terms = new CreditSupportAnnexTerms(
            securedParty, pledgor, agent, calendar,
            ReadThreshold(node.RequiredSection("threshold")),
            NonNegative(node, "independent_amount"),
            ReadExternalMarks(node.RequiredSection("exposure")),
            buffer,
            eligible,
            ReadLimits(node),
            NonNegative(node, "minimum_transfer_amount"),
            ReadRounding(node.RequiredSection("rounding")),
            ReadTiming(node.RequiredSection("timing"), calendar),
            node.RequiredInt("interest_amount_transfer_business_day"),
            node.InputFile("exposures_file", "exposures.csv"),
            node.InputFile("collateral_file", "collateral.csv"))
        {
            InterestRate = Ledger.LedgerTermsReader.ReadInterestRate(node),
            FailureToTransfer = Ledger.LedgerTermsReader.ReadFailureToTransfer(node, calendar),
            Frequency = frequency,
            Agencies = agencies,
        };
        node.RejectUnknownKeys();
        return terms;
    }

    private static decimal NonNegative(TermsNode node, string key)
    {
        var value = node.RequiredDecimal(key);
        if (value < 0) node.Error(key, "must not be negative");
        return value;
    }

    private static ThresholdTerms ReadThreshold(TermsNode? node)
    {
        if (node is null) return new ThresholdTerms(Array.Empty<TriggerClause>(), 0m, Array.Empty<RatingScale>());
        var clauses = TriggerClauseReader.ReadList(node, "finite_when_any");
        var amount = NonNegative(node, "amount");
        var scales = new List<RatingScale>();
        foreach (var item in node.SectionList("credit_ratings"))
        {
            var agency = item.RatingScales.Find(item.RequiredString("agency"));
            var term = RatingTerms.Find(item.RequiredChoice("term", RatingTerms.Codes));
            if (agency is null) item.Error("agency", $"expected {item.RatingScales.Expected}");
            else if (term is not null) scales.Add(RatingScales.For(agency, term.Value));
            item.RejectUnknownKeys();
        }
        if (scales.Count == 0) node.Error("credit_ratings", "expected the list of ratings that count as Credit Ratings");
        node.RejectUnknownKeys();
        return new ThresholdTerms(clauses, amount, scales);
    }

    private static ExternalMarkTerms ReadExternalMarks(TermsNode? node)
    {
        if (node is null) return new ExternalMarkTerms(Array.Empty<TriggerClause>(), 2, 1, 4, 12);
        var clauses = TriggerClauseReader.ReadList(node, "external_marks_when_any");
        var bids = node.RequiredInt("minimum_bids");
        var valid = node.RequiredInt("external_mark_valid_months");
        var limit = node.RequiredSection("verifier_limit");
        int times = limit?.RequiredInt("times") ?? 0, months = limit?.RequiredInt("months") ?? 0;
        limit?.RejectUnknownKeys();
        node.RejectUnknownKeys();
        return new ExternalMarkTerms(clauses, bids, valid, times, months);
    }

    private static VolatilityBufferTerms ReadBuffer(TermsNode? node)
    {
        if (node is null) return new VolatilityBufferTerms(Array.Empty<int>(), Array.Empty<FactorRow>());
        var columns = new List<int>();
        foreach (var text in node.StringList("maturity_columns_years"))
        {
            if (ValueParsers.TryParseInt(text, out var years) && years > 0 && (columns.Count == 0 || years > columns[^1])) columns.Add(years);
            else node.Error("maturity_columns_years", $"'{text}' is not a whole number of years above the column before it");
        }
        var basis = node.OptionalChoice("maturity_basis", new[] { "original-maturity", "remaining-weighted-average-life" })
            == "remaining-weighted-average-life" ? MaturityBasis.RemainingWeightedAverageLife : MaturityBasis.OriginalMaturity;
        var rows = new List<FactorRow>();
        foreach (var rowNode in node.SectionList("factor_rows"))
        {
            var name = rowNode.RequiredString("name");
            var when = TriggerClauseReader.ReadList(rowNode, "when_any");
            var percents = new List<decimal>();
            foreach (var text in rowNode.StringList("factor_percents"))
            {
                if (ValueParsers.TryParseDecimal(text, out var p) && p >= 0) percents.Add(p);
                else rowNode.Error("factor_percents", $"'{text}' is not a percentage");
            }
            if (percents.Count != columns.Count)
                rowNode.Error("factor_percents", $"expected {columns.Count} percentages, one per maturity column");
            rowNode.RejectUnknownKeys();
            rows.Add(new FactorRow(name, when, percents));
        }
        node.RejectUnknownKeys();
        return new VolatilityBufferTerms(columns, rows, basis);
    }

    /// <summary>The <c>credit_support_amounts:</c> list: one Credit Support Amount per rating agency.</summary>
    private static IReadOnlyList<AgencyCreditSupportTerms> ReadAgencies(TermsNode node, IReadOnlyList<EligibleCollateralType> eligible)
    {
        var agencies = new List<AgencyCreditSupportTerms>();
        foreach (var item in node.SectionList("credit_support_amounts"))
        {
            var id = item.RequiredString("id");
            if (agencies.Any(a => string.Equals(a.Id, id, StringComparison.OrdinalIgnoreCase))) item.Error("id", $"'{id}' is listed twice");
            var name = item.RequiredString("name");
            var when = TriggerClauseReader.ReadList(item, "when_any");
            var exposurePercent = item.OptionalDecimal("exposure_percent") ?? 100m;
            if (exposurePercent <= 0) item.Error("exposure_percent", $"'{exposurePercent}' is not a percentage above zero");
            var notional = ReadFrequencyFigure(item.OptionalSection("notional_percent"), percent: true);
            var dv01 = ReadFrequencyFigure(item.OptionalSection("dv01_multiplier"), percent: false);
            var buffer = item.OptionalSection("volatility_buffer") is { } table ? ReadBuffer(table) : null;
            var percentages = new List<EligibleCollateralType>();
            foreach (var entry in item.SectionList("valuation_percentages"))
            {
                var type = entry.RequiredChoice("type", EligibleCollateralType.Types);
                if (percentages.Any(t => t.Type == type)) entry.Error("type", $"'{type}' is listed twice");
                else if (entry.Has("type") && eligible.All(t => t.Type != type))
                    entry.Error("type", $"'{type}' is not among the annex's eligible_collateral (expected {string.Join(", ", eligible.Select(t => t.Type))})");
                var buckets = ReadBuckets(entry);
                entry.RejectUnknownKeys();
                percentages.Add(new EligibleCollateralType(type, type, buckets, Array.Empty<string>()));
            }
            item.RejectUnknownKeys();
            agencies.Add(new AgencyCreditSupportTerms(id, name, when, exposurePercent, notional, dv01, buffer, percentages));
        }
        if (node.Has("credit_support_amounts") && agencies.Count == 0)
            node.Error("credit_support_amounts", "expected at least one agency's Credit Support Amount (or leave the key out)");
        return agencies;
    }

    /// <summary>A figure for daily and one for weekly valuation: <c>{daily: 2, weekly: 4}</c>.</summary>
    private static FrequencyFigure? ReadFrequencyFigure(TermsNode? node, bool percent)
    {
        if (node is null) return null;
        var daily = node.RequiredDecimal("daily");
        var weekly = node.RequiredDecimal("weekly");
        foreach (var (key, value) in new[] { ("daily", daily), ("weekly", weekly) })
        {
            if (value < 0 || (percent && value > 100)) node.Error(key, percent ? $"'{value}' is not a percentage between 0 and 100" : "must not be negative");
        }
        node.RejectUnknownKeys();
        return new FrequencyFigure(daily, weekly);
    }

    private static IReadOnlyList<EligibleCollateralType> ReadEligible(TermsNode node)
    {
        var types = new List<EligibleCollateralType>();
        if (!node.Has("eligible_collateral")) node.Error("eligible_collateral", "required key is missing (expected a list of collateral types)");
        foreach (var item in node.SectionList("eligible_collateral"))
        {
            var type = item.RequiredChoice("type", EligibleCollateralType.Types);
            if (types.Any(t => t.Type == type)) item.Error("type", $"'{type}' is listed twice");
            var description = item.OptionalString("description") ?? type;
            var buckets = ReadBuckets(item);
            var excluded = item.StringList("excluded_issuers");
            item.RejectUnknownKeys();
            types.Add(new EligibleCollateralType(type, description, buckets, excluded));
        }
        return types;
    }

    /// <summary>A type's Valuation Percentage: one for any maturity, or one per maturity band.</summary>
    private static IReadOnlyList<MaturityBucket> ReadBuckets(TermsNode item)
    {
        var buckets = new List<MaturityBucket>();
        var single = item.OptionalDecimal("valuation_percent");
        if (single is decimal percent) buckets.Add(new MaturityBucket(null, null, null, Percent(item, "valuation_percent", percent)));
        foreach (var b in item.SectionList("maturity_buckets"))
        {
            var bucket = new MaturityBucket(b.OptionalInt("at_most_years"), b.OptionalInt("less_than_years"), b.OptionalInt("at_most_days"),
                Percent(b, "valuation_percent", b.RequiredDecimal("valuation_percent")));
            int bounds = new int?[] { bucket.AtMostYears, bucket.LessThanYears, bucket.AtMostDays }.Count(x => x is not null);
            if (bounds > 1) b.Error("at_most_years", "give at most one of at_most_years, less_than_years, at_most_days");
            b.RejectUnknownKeys();
            buckets.Add(bucket);
        }
        if (buckets.Count == 0) item.Error("valuation_percent", "give valuation_percent or maturity_buckets");
        if (single is not null && buckets.Count > 1) item.Error("maturity_buckets", "give valuation_percent or maturity_buckets, not both");
        return buckets;
    }

    private static decimal Percent(TermsNode node, string key, decimal value)
    {
        if (value is < 0 or > 100) node.Error(key, $"'{value}' is not a percentage between 0 and 100");
        return value;
    }

    private static IReadOnlyList<ConcentrationLimit> ReadLimits(TermsNode node)
    {
        var limits = new List<ConcentrationLimit>();
        foreach (var item in node.SectionList("concentration_limits"))
        {
            var type = item.RequiredChoice("type", EligibleCollateralType.Types);
            var issuer = item.OptionalDecimal("issuer_percent_of_type");
            var total = item.OptionalDecimal("percent_of_total");
            if (issuer is decimal i) Percent(item, "issuer_percent_of_type", i);
            if (total is decimal t && (t <= 0 || t >= 100)) item.Error("percent_of_total", "must be above 0 and below 100");
            if (issuer is null && total is null) item.Error("type", "give issuer_percent_of_type, percent_of_total or both");
            item.RejectUnknownKeys();
            limits.Add(new ConcentrationLimit(type, issuer, total));
        }
        return limits;
    }

    private static decimal ReadRounding(TermsNode? node)
    {
        if (node is null) return 1m;
        var multiple = node.RequiredDecimal("multiple");
        if (multiple <= 0) node.Error("multiple", "must be above zero");
        // The directions are part of the election; only these are supported, and saying so keeps the file self-describing.
        node.RequiredChoice("delivery_amount", new[] { "up" });
        node.RequiredChoice("return_amount", new[] { "down" });
        node.RejectUnknownKeys();
        return multiple <= 0 ? 1m : multiple;
    }

    private static TransferTiming ReadTiming(TermsNode? node, HolidayCalendar calendar)
    {
        if (node is null) return new TransferTiming(new BusinessDayOffset(1, calendar), "", new BusinessDayOffset(1, calendar));
        var timing = new TransferTiming(
            new BusinessDayOffset(node.RequiredInt("notification_business_days_after_valuation"), calendar),
            node.RequiredString("notification_time"),
            new BusinessDayOffset(node.RequiredInt("transfer_business_days_after_notification"), calendar));
        node.RejectUnknownKeys();
        return timing;
    }
}
