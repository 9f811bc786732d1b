using System.Collections.Generic;
using System.Threading.Tasks;
using TossPayments.Reports;

namespace TossPayments.Tests.Infrastructure
{
    /// <summary>Reading a list through its pager, as a caller does.</summary>
    public static class Paging
    {
        /// <summary>Every item of every page, in order.</summary>
        public static async Task<List<T>> ReadAllAsync<T>(TossPager<T> pager)
        {
            var all = new List<T>();
            while (pager.HasMore)
            {
                all.AddRange(await pager.NextPageAsync());
            }

            return all;
        }

        /// <summary>The list's first page is empty and marked the last; reading on asks for nothing more.</summary>
        public static async Task AssertEmptyAfterOnePageAsync<T>(TossPager<T> pager)
        {
            Assert.Empty(await pager.NextPageAsync());
            Assert.False(pager.HasMore);
            Assert.Empty(await pager.NextPageAsync());
            Assert.Equal(1, pager.PagesRead);
        }
    }
}
