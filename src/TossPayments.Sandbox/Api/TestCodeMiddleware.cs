using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Sandbox.Api
{
    /// <summary>
    /// <c>TossPayments-Test-Code: CODE</c> makes a call answer with that error, before the path or
    /// body is looked at, as the API does for test keys; an unknown code is 400 INVALID_TEST_CODE.
    /// A code an endpoint turns into an outcome of its own passes through to it: NTS_ERROR on a
    /// cash receipt's issue makes a receipt that ends FAILED (API notes §11).
    /// </summary>
    internal sealed class TestCodeMiddleware(RequestDelegate next)
    {
        public Task InvokeAsync(HttpContext context)
        {
            if (!context.Request.Headers.TryGetValue(RequestContext.TestCodeHeader, out var value))
            {
                return next(context);
            }

            var code = value.ToString().Trim();
            if (CashReceiptEndpoints.TakesTestCode(context.Request, code))
            {
                return next(context);
            }

            var error = ErrorCatalog.TryGet(code, out _) ? ApiError.Of(code) : ApiError.Of("INVALID_TEST_CODE");
            return context.Answer(error).ExecuteAsync(context);
        }
    }
}
