# The self-host: ASP.NET Core serving the API and the Durable Task worker (DurableTask.Core on Azure Storage) with
# Chromium, in one image, for Container Apps, Kubernetes or any container host. infra/ deploys the Functions app instead
# (Dockerfile.functions); both run the same code.
# Build: docker build -t webtasks .        Run: docker run -p 8080:8080 -e ConnectionStrings__Storage=… webtasks
#
# The runtime stage is Debian (bookworm) because Chromium comes from Debian's package; the app is published
# self-contained, so the image needs no separate .NET runtime layer (the .NET 10 runtime images are Ubuntu, whose
# chromium is a snap and cannot be installed in a container).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN dotnet publish src/WebTasks.Server/WebTasks.Server.csproj -c Release -r linux-x64 --self-contained true -o /app

FROM debian:bookworm-slim AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium-headless-shell fonts-liberation fonts-noto-color-emoji ca-certificates libicu72 tzdata \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --uid 10001 --create-home --shell /usr/sbin/nologin webtasks
COPY --from=build --chown=root:root /app /app
USER 10001
WORKDIR /app
# Non-root, so Chromium's sandbox can work where the platform allows user namespaces; a platform that does not
# (Azure Container Apps) turns it off in its configuration (see infra/). Health: GET /healthz.
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_RUNNING_IN_CONTAINER=true \
    WebTasks__Browser__ExecutablePath=/usr/bin/chromium-headless-shell \
    WebTasks__Browser__ChromiumSandbox=true
EXPOSE 8080
ENTRYPOINT ["/app/WebTasks.Server"]
