using Reporting.Documents.Fonts;

namespace Reporting.Documents.Layout;

/// <summary>Services an element needs to measure and draw, given to the whole tree before a pass.</summary>
internal sealed record LayoutEnvironment(IDrawingCanvas Canvas, PageContext Page, IFontProvider Fonts);
