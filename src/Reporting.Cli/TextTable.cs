using Spectre.Console;
using Spectre.Console.Rendering;

namespace Reporting.Cli;

/// <summary>
/// Writes a plain table to stdout with Spectre.Console, without colour or terminal codes so the
/// output is the same in a terminal, a pipe or a file.
/// </summary>
internal static class TextTable
{
    public static void Write(IRenderable renderable)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(Console.Out),
        });
        console.Profile.Width = 200;
        console.Write(renderable);
    }

    public static Table Create(params (string Header, bool RightAligned)[] columns)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var (header, right) in columns)
        {
            var column = new TableColumn(Markup.Escape(header));
            if (right) column.RightAligned();
            table.AddColumn(column);
        }
        return table;
    }

    public static void AddRow(Table table, params string[] cells) =>
        table.AddRow(cells.Select(c => (IRenderable)new Text(c)).ToArray());
}
