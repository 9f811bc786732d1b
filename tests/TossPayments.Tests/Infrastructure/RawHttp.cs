using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace TossPayments.Tests.Infrastructure
{
    /// <summary>Plain HTTP requests, for what the client would never send, or to read an API's own bytes.</summary>
    public static class RawHttp
    {
        public static async Task<(int Status, string Body)> SendAsync(Uri baseAddress, HttpMethod method, string path, string? authorization,
            string? json = null, params (string Name, string Value)[] headers)
        {
            using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
            using var request = new HttpRequestMessage(method, path.TrimStart('/'));
            if (authorization is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }

            foreach (var (name, value) in headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            if (json is not null)
            {
                request.Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
            }

            using var response = await http.SendAsync(request);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        /// <summary>A Basic authorization header value.</summary>
        public static string Basic(string userAndPassword) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(userAndPassword));
    }
}
