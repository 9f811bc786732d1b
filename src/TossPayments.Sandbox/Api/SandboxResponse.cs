using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using TossPayments.Sandbox.Json;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Sandbox.Api
{
    /// <summary>
    /// A finished answer: status and JSON bytes. Kept as bytes so that an idempotent repeat can be
    /// answered with exactly the first answer.
    /// </summary>
    /// <param name="Status">The HTTP status.</param>
    /// <param name="Body">The UTF-8 JSON body.</param>
    /// <param name="IsFinal">
    /// Whether the answer is kept for idempotent repeats. Temporary refusals (429, 5xx,
    /// FORBIDDEN_CONSECUTIVE_REQUEST…) are not: nothing was done, so a retry must do the work.
    /// </param>
    public sealed record SandboxResponse(int Status, byte[] Body, bool IsFinal = true) : IResult
    {
        /// <summary>200 with a payment.</summary>
        public static SandboxResponse Ok(PaymentResource payment) =>
            new(StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(payment, SandboxJsonContext.Wire.PaymentResource));

        /// <summary>An error answer, its message in the request's language unless the error names one.</summary>
        public static SandboxResponse Error(ApiError error, bool english) =>
            new(error.Status, JsonSerializer.SerializeToUtf8Bytes(
                new ErrorResource(error.Code, error.Message ?? ErrorCatalog.MessageFor(error.Code, english)), SandboxJsonContext.Wire.ErrorResource),
                IsFinal: error.Status < 500 && error.Status != 429 && !ErrorCatalog.IsTemporary(error.Code));

        /// <inheritdoc />
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = Status;
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            return httpContext.Response.Body.WriteAsync(Body).AsTask();
        }
    }
}
