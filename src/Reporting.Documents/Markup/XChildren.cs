using System.Xml.Linq;

namespace Reporting.Documents.Markup;

/// <summary>
/// The child nodes of an element, walked without allocating: <see cref="XContainer.Nodes"/> and
/// <see cref="XContainer.Elements()"/> create an iterator per call, and the parser calls them for
/// every cell of every table. Use with <c>foreach</c>.
/// </summary>
internal readonly struct XChildren<T>(XContainer container) where T : XNode
{
    public Enumerator GetEnumerator() => new(container);

    public struct Enumerator(XContainer container)
    {
        private XNode? _next = container.FirstNode;

        public T Current { get; private set; } = null!;

        public bool MoveNext()
        {
            while (_next is { } node)
            {
                _next = node.NextNode;
                if (node is T match)
                {
                    Current = match;
                    return true;
                }
            }
            return false;
        }
    }
}
