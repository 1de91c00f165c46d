using Reporting.Documents.Diagnostics;
using Reporting.Documents.Fonts;
using Reporting.Documents.Model;
using Reporting.RunFormat;

namespace Reporting.Documents.Layout;

/// <summary>
/// The page loop: for each page, measure the header and footer (which must fit whole), give the body
/// what is left, draw, and repeat until the body is fully drawn. Run once to count pages and collect
/// glyphs, then again with the page count known so "Page N of M" can be drawn.
/// </summary>
internal static class DocumentLayout
{
    /// <summary>A guard against content that reports progress but never finishes.</summary>
    public const int MaxPages = 20_000;

    /// <returns>The number of pages laid out (fewer if the sink stopped early).</returns>
    public static int Run(Document document, IFontProvider fonts, IPageSink sink, int pageCount)
    {
        var page = new PageContext { PageCount = pageCount };
        var environment = new LayoutEnvironment(sink.Canvas, page, fonts);
        Element?[] slots = [document.Body, document.Header, document.Footer, document.Letterhead];
        foreach (var slot in slots)
        {
            slot?.Attach(environment);
            slot?.ResetState();
        }

        var setup = document.Page;
        var content = setup.ContentSize;
        for (var number = 1; ; number++)
        {
            page.PageNumber = number;
            var top = number == 1 && document.Letterhead is not null ? document.Letterhead : document.Header;
            var topHeight = SlotHeight(document, top, content, "header");
            var footerHeight = SlotHeight(document, document.Footer, content, "footer");
            var bodyTop = topHeight > 0 ? topHeight + setup.SlotSpacing : 0;
            var bodyHeight = content.Height - bodyTop - (footerHeight > 0 ? footerHeight + setup.SlotSpacing : 0);
            if (bodyHeight <= 0)
            {
                throw new DocumentError(new Diagnostic(document.SourceName, 0, 0,
                    "the header and footer leave no room for the body on the page"));
            }
            page.BodyHeight = bodyHeight;
            var bodySize = content with { Height = bodyHeight };
            var plan = document.Body.Measure(bodySize);
            if (plan.Kind == SpacePlanKind.Wrap)
            {
                throw CannotFit(document, document.Body);
            }

            sink.BeginPage(number, setup.PageSize);
            var canvas = sink.Canvas;
            if ((document.Watermark ?? document.Banner) is { Style: BannerStyle.Watermark } watermark)
            {
                BannerPainter.Draw(canvas, fonts, watermark, document.BannerFamily, setup);
            }
            canvas.Translate(setup.MarginLeft, setup.MarginTop);
            DrawSlot(top, content with { Height = topHeight }, canvas, 0);
            canvas.Translate(0, bodyTop);
            document.Body.Draw(bodySize);
            canvas.Translate(0, -bodyTop);
            DrawSlot(document.Footer, content with { Height = footerHeight }, canvas, content.Height - footerHeight);
            canvas.Translate(-setup.MarginLeft, -setup.MarginTop);
            if (document.Banner is { Style: BannerStyle.Stripe } stripe)
            {
                BannerPainter.Draw(canvas, fonts, stripe, document.BannerFamily, setup);
            }
            var wanted = sink.EndPage();

            if (plan.Kind is SpacePlanKind.FullRender or SpacePlanKind.Empty || !wanted)
            {
                return number;
            }
            if (number >= MaxPages)
            {
                throw new DocumentError(new Diagnostic(document.SourceName, 0, 0,
                    $"the document exceeds {MaxPages} pages"));
            }
        }
    }

    private static float SlotHeight(Document document, Element? slot, Size content, string name)
    {
        if (slot is null)
        {
            return 0;
        }
        var plan = slot.Measure(content);
        return plan.Kind switch
        {
            SpacePlanKind.Empty => 0,
            SpacePlanKind.FullRender => plan.Height,
            _ => throw new DocumentError(Locate(document, slot).Diagnose($"the {name} does not fit on a page")),
        };
    }

    private static void DrawSlot(Element? slot, Size size, IDrawingCanvas canvas, float y)
    {
        if (slot is null || size.Height <= 0)
        {
            return;
        }
        canvas.Translate(0, y);
        slot.Draw(size);
        canvas.Translate(0, -y);
        // Slots are drawn again on every page.
        slot.ResetState();
    }

    private static DocumentError CannotFit(Document document, Element body) =>
        new(Locate(document, body).Diagnose("content cannot fit on a page (too tall or too wide for the space left by margins, header and footer)"));

    /// <summary>The innermost element that came from markup along the chain of pending children.</summary>
    private static SourceLocation Locate(Document document, Element element)
    {
        var found = element.Source ?? new SourceLocation(document.SourceName, 0, 0);
        for (var current = element.PendingChild; current is not null; current = current.PendingChild)
        {
            if (current.Source is { } source)
            {
                found = source;
            }
        }
        return found;
    }
}
