using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Sandbox.Api
{
    /// <summary>
    /// HTTP Basic auth as the API does it (API notes §1): the secret key as user name, an empty
    /// password. A missing header or a key that is not a test key is 401 UNAUTHORIZED_KEY; a header
    /// that is not well-formed Basic (no colon, bad Base64) is 403 INCORRECT_BASIC_AUTH_FORMAT.
    /// </summary>
    internal sealed class BasicAuthMiddleware(RequestDelegate next, SandboxOptions options)
    {
        public Task InvokeAsync(HttpContext context)
        {
            var refusal = Check(context.Request.Headers.Authorization.ToString(), out var key);
            if (refusal is not null)
            {
                return context.Answer(refusal).ExecuteAsync(context);
            }

            context.SetApiKey(key!);
            return next(context);
        }

        private ApiError? Check(string header, out string? key)
        {
            key = null;
            if (string.IsNullOrEmpty(header))
            {
                return ApiError.Of("UNAUTHORIZED_KEY");
            }

            const string scheme = "Basic ";
            if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return ApiError.Of("INCORRECT_BASIC_AUTH_FORMAT");
            }

            string decoded;
            try
            {
                decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[scheme.Length..].Trim()));
            }
            catch (FormatException)
            {
                return ApiError.Of("INCORRECT_BASIC_AUTH_FORMAT");
            }

            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                return ApiError.Of("INCORRECT_BASIC_AUTH_FORMAT");
            }

            key = decoded[..colon];
            var accepted = options.SecretKey is { } only
                ? string.Equals(key, only, StringComparison.Ordinal)
                : key.StartsWith("test_sk_", StringComparison.Ordinal) || key.StartsWith("test_gsk_", StringComparison.Ordinal);
            return accepted ? null : ApiError.Of("UNAUTHORIZED_KEY");
        }
    }
}
