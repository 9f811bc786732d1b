using System;
using System.Globalization;

namespace TossPayments.Reports
{
    /// <summary>
    /// The API's query times: Korea's local time without an offset (API notes §6), whatever zone
    /// the caller's value is in; plain dates as <c>yyyy-MM-dd</c>.
    /// </summary>
    public static class KoreaTime
    {
        /// <summary>Korea's offset from UTC; it has no daylight saving.</summary>
        public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

        /// <summary>
        /// The same instant in Korea, e.g. 2026-11-02T00:30:00Z as <c>2026-11-02T09:30:00</c>;
        /// milliseconds are added only when there are any (<c>…23:59:59.999</c>).
        /// </summary>
        public static string FormatDateTime(DateTimeOffset time)
        {
            var korea = time.ToOffset(Offset);
            return korea.ToString(korea.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture);
        }

        /// <summary>A calendar date as the API writes it, <c>yyyy-MM-dd</c>.</summary>
        public static string FormatDate(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        /// <summary>The Korean calendar day of an instant.</summary>
        public static DateTime DateOf(DateTimeOffset time) => time.ToOffset(Offset).Date;
    }
}
