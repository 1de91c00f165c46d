namespace Reporting.Inputs;

/// <summary>
/// Resolves a relative name from data (an input file a deal names, a template) inside one folder.
/// Every element on the way is checked, not only the last: a symbolic link anywhere (a linked
/// file, or a linked folder the name passes through) is refused, because it could lead outside the
/// folder and a file read from outside is neither confined nor archived. Messages never quote the
/// content of any file.
/// </summary>
public static class ConfinedPath
{
    /// <summary>Why <paramref name="name"/> is not a plain relative path, or null when it is.</summary>
    public static string? SyntaxProblem(string name)
    {
        if (name.Length == 0) return "is empty (expected a file name inside the folder)";
        if (name.Contains('\0')) return "contains a NUL character";
        if (Path.IsPathRooted(name) || name.StartsWith('~')) return $"'{name}' is an absolute path (expected a name inside the folder, e.g. ratings.csv)";
        var parts = name.Split('/', '\\');
        if (parts.Any(p => p is "" or "." or "..")) return $"'{name}' leaves or skips parts of the folder ('..', '.', or an empty part); expected a name inside the folder";
        return null;
    }

    /// <summary>
    /// The full path of <paramref name="name"/> inside <paramref name="root"/>, or null with the
    /// reason in <paramref name="problem"/>. The path need not exist; what exists on the way must
    /// be a real folder or file, not a link.
    /// </summary>
    public static string? Resolve(string root, string name, out string? problem)
    {
        problem = SyntaxProblem(name);
        if (problem is not null) return null;
        var current = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        foreach (var part in name.Split('/', '\\'))
        {
            current = Path.Combine(current, part);
            var entry = Entry(current);
            if (entry is null) return current; // nothing further exists; the caller reports a missing file
            if (entry.LinkTarget is not null)
            {
                problem = $"'{name}' passes through a symbolic link ({part}); only files and folders actually inside the folder are read";
                return null;
            }
        }
        return current;
    }

    /// <summary>Every symbolic link under <paramref name="root"/> (relative, '/'-separated), found without following any.</summary>
    public static IReadOnlyList<string> LinksUnder(string root, Func<string, bool>? include = null)
    {
        var links = new List<string>();
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        Walk(new DirectoryInfo(full));
        return links;

        void Walk(DirectoryInfo folder)
        {
            foreach (var entry in folder.EnumerateFileSystemInfos())
            {
                var relative = Path.GetRelativePath(full, entry.FullName).Replace('\\', '/');
                if (include is not null && !include(relative)) continue;
                if (entry.LinkTarget is not null) links.Add(relative);
                else if (entry is DirectoryInfo sub) Walk(sub);
            }
        }
    }

    private static FileSystemInfo? Entry(string path)
    {
        var file = new FileInfo(path);
        if (file.Exists || file.LinkTarget is not null) return file;
        var folder = new DirectoryInfo(path);
        return folder.Exists ? folder : null;
    }
}
