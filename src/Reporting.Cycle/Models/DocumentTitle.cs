namespace Reporting.Cycle.Models;

/// <summary>
/// A document's title, subject and keywords as <c>documents/titles.sbn</c> words them from its
/// <see cref="TitleFacts"/>, each one line (<see cref="DocumentTitles"/>).
/// </summary>
public sealed record DocumentTitle(string Title, string Subject, string Keywords);
