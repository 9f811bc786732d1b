using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using TossPayments.Json;

namespace TossPayments.Http
{
    /// <summary>
    /// An answer, read whole and parsed once: its status, bytes, the error body's code and message
    /// (for a 4xx or 5xx), its redirect target and the <c>Retry-After</c> it asked for, as sent.
    /// </summary>
    internal sealed class ApiAnswer
    {
        private ApiAnswer(int status, string? reasonPhrase, byte[] bytes, Uri? location, TimeSpan? retryAfter)
        {
            Status = status;
            ReasonPhrase = reasonPhrase;
            Bytes = bytes;
            Location = location;
            RetryAfter = retryAfter;
            if (status >= 400)
            {
                (Code, Message) = ParseError(bytes);
            }
        }

        public int Status { get; }

        public string? ReasonPhrase { get; }

        public byte[] Bytes { get; }

        public Uri? Location { get; }

        /// <summary>The wait the server asked for (never negative); null when it did not say.</summary>
        public TimeSpan? RetryAfter { get; }

        /// <summary>An error answer's code; null for a success or a body that is not an API error.</summary>
        public string? Code { get; }

        public string? Message { get; }

        public bool IsSuccess => Status >= 200 && Status < 300;

        /// <summary>Reads the whole answer (the caller bounds how long that may take).</summary>
        public static async Task<ApiAnswer> ReadAsync(HttpResponseMessage response, DateTimeOffset now)
        {
            var bytes = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            var header = response.Headers.RetryAfter;
            var retryAfter = header is null ? (TimeSpan?)null : header.Delta ?? (header.Date - now) ?? TimeSpan.Zero;
            return new ApiAnswer((int)response.StatusCode, response.ReasonPhrase, bytes, response.Headers.Location,
                retryAfter < TimeSpan.Zero ? TimeSpan.Zero : retryAfter);
        }

        private static (string? Code, string? Message) ParseError(byte[] bytes)
        {
            try
            {
                var error = JsonSerializer.Deserialize(bytes, TossJsonContext.Wire.ApiErrorBody);
                return (string.IsNullOrEmpty(error?.Code) ? null : error!.Code, error?.Message);
            }
            catch (JsonException)
            {
                // Not an API error body (a proxy's HTML page, say): the transport describes it from the raw bytes.
                return (null, null);
            }
        }
    }
}
