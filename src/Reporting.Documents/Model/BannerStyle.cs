namespace Reporting.Documents.Model;

public enum BannerStyle
{
    /// <summary>A boxed line of capitals centred in the top margin.</summary>
    Stripe,

    /// <summary>Large pale text across the page, under nothing and over nothing important.</summary>
    Watermark,
}
