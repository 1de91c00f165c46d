using Reporting.Documents.Layout;
using SkiaSharp;

namespace Reporting.Documents.Output;

/// <summary>Lays out pages up to the wanted one (drawing nothing) and rasterises that one on white.</summary>
internal sealed class PngSink(SkiaCanvas canvas, int wantedPage, float dpi) : IPageSink, IDisposable
{
    private SKSurface? _surface;

    public IDrawingCanvas Canvas => canvas;

    public byte[]? Png { get; private set; }

    public void BeginPage(int pageNumber, Size pageSize)
    {
        if (pageNumber != wantedPage)
        {
            return;
        }
        var scale = dpi / 72f;
        var info = new SKImageInfo((int)Math.Round(pageSize.Width * scale), (int)Math.Round(pageSize.Height * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
        _surface = SKSurface.Create(info) ?? throw new InvalidOperationException("Skia could not create a raster surface.");
        _surface.Canvas.Clear(SKColors.White);
        _surface.Canvas.Scale(scale);
        canvas.Target = _surface.Canvas;
    }

    public bool EndPage()
    {
        if (_surface is null)
        {
            return true;
        }
        canvas.Target = null;
        using var image = _surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        Png = data.ToArray();
        return false;
    }

    public void Dispose() => _surface?.Dispose();
}
