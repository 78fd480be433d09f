using System.Collections.Generic;
using System.Linq;

namespace CeligoPS.Client.Models
{
    /// <summary>
    /// A list that says what it holds when written as text: Export-Csv and string conversion show
    /// "a, b, c" (each item as its ToString gives it) instead of the list's type name.
    /// </summary>
    public sealed class ItemList<T> : List<T>
    {
        public ItemList()
        {
        }

        public ItemList(IEnumerable<T> items) : base(items)
        {
        }

        public override string ToString() => string.Join(", ", this.Select(item => item?.ToString()));
    }
}
