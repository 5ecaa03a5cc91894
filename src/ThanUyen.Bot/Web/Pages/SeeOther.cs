namespace ThanUyen.Bot.Web.Pages;

/// <summary>303 See Other: after a POST the browser follows with a GET, and a reload posts nothing again.</summary>
public sealed class SeeOther(string path) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        httpContext.Response.Headers.Location = path;
        return Task.CompletedTask;
    }
}
