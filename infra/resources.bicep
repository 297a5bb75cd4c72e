// Everything WebTasks runs on, in one resource group. The service reaches Storage and Azure OpenAI with a
// user-assigned managed identity only: the storage account has shared keys off and OpenAI has local auth off.
param environmentName string
param location string
param openAiLocation string
param tags object
param workspaceId string
@secure()
param workspaceApiKey string
param defaultModel string

@description('Azure OpenAI deployments behind the three tiers (WebTasks:Ai:Models:*), with list prices in USD per million tokens (WebTasks:Ai:Prices:*) for cost.aiUsd.')
param modelTiers array = [
  { name: 'haiku', model: 'gpt-4o-mini', version: '2024-07-18', capacity: 50, input: '0.15', output: '0.60' }
  { name: 'sonnet', model: 'gpt-4o', version: '2024-11-20', capacity: 30, input: '2.50', output: '10.00' }
  { name: 'opus', model: 'gpt-4.1', version: '2025-04-14', capacity: 20, input: '2.00', output: '8.00' }
]

var token = uniqueString(subscription().id, resourceGroup().id, environmentName)
// Durable Task's task hub (queues, history, leases) in the same account; host.json reads it as %WEBTASKS_TASKHUB%.
var taskHub = 'webtasks'

// Built-in role definitions.
var roles = {
  acrPull: '7f951dda-4ed3-4680-a7ca-43fe172d538d'
  blobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  queueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  tableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  openAiUser: '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'
}

module logs 'br/public:avm/res/operational-insights/workspace:0.9.1' = {
  name: 'logs'
  params: {
    name: 'log-${token}'
    location: location
    tags: tags
    dataRetention: 30
  }
}

module identity 'br/public:avm/res/managed-identity/user-assigned-identity:0.4.0' = {
  name: 'identity'
  params: {
    name: 'id-webtasks-${token}'
    location: location
    tags: tags
  }
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' existing = {
  name: 'log-${token}'
  dependsOn: [logs]
}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'cr${token}'
  location: location
  tags: tags
  sku: { name: 'Basic' }
  properties: { adminUserEnabled: false }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'st${token}'
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
  }
}

resource openAi 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-${token}'
  location: openAiLocation
  tags: tags
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: 'oai-${token}'
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

@batchSize(1)
resource deployments 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = [for tier in modelTiers: {
  parent: openAi
  name: tier.name
  sku: { name: 'GlobalStandard', capacity: tier.capacity }
  properties: {
    model: { format: 'OpenAI', name: tier.model, version: tier.version }
  }
}]

// The Functions host keeps its leases in blobs (Blob Data Owner); Durable Task uses queues and tables too.
var storageRoles = [roles.blobDataOwner, roles.queueDataContributor, roles.tableDataContributor]

resource registryGrant 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, 'webtasks', roles.acrPull)
  scope: registry
  properties: {
    principalId: identity.outputs.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.acrPull)
  }
}

resource storageGrants 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in storageRoles: {
  name: guid(storage.id, 'webtasks', role)
  scope: storage
  properties: {
    principalId: identity.outputs.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
  }
}]

resource openAiGrant 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(openAi.id, 'webtasks', roles.openAiUser)
  scope: openAi
  properties: {
    principalId: identity.outputs.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.openAiUser)
  }
}

resource environment 'Microsoft.App/managedEnvironments@2025-01-01' = {
  name: 'cae-${token}'
  location: location
  tags: tags
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: workspace.properties.customerId
        sharedKey: workspace.listKeys().primarySharedKey
      }
    }
    workloadProfiles: [{ name: 'Consumption', workloadProfileType: 'Consumption' }]
  }
}

// Every WebTasks setting the service reads in Production and has no default for is here; the test
// ConfigurationDriftTests fails when the code reads one that this list does not set, or when host.json names an
// app setting (%…%) that is not here.
var settings = [
  // The Functions host and its Durable Task extension, on the same account, with the managed identity.
  { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'dotnet-isolated' }
  { name: 'AzureWebJobsStorage__blobServiceUri', value: storage.properties.primaryEndpoints.blob }
  { name: 'AzureWebJobsStorage__queueServiceUri', value: storage.properties.primaryEndpoints.queue }
  { name: 'AzureWebJobsStorage__tableServiceUri', value: storage.properties.primaryEndpoints.table }
  { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
  { name: 'AzureWebJobsStorage__clientId', value: identity.outputs.clientId }
  { name: 'WEBTASKS_TASKHUB', value: taskHub }
  // WebTasks itself: tables and blobs for what the API reads, Chromium, the models.
  { name: 'WebTasks__Storage__BlobServiceUri', value: storage.properties.primaryEndpoints.blob }
  { name: 'WebTasks__Storage__QueueServiceUri', value: storage.properties.primaryEndpoints.queue }
  { name: 'WebTasks__Storage__TableServiceUri', value: storage.properties.primaryEndpoints.table }
  { name: 'WebTasks__Storage__ManagedIdentityClientId', value: identity.outputs.clientId }
  { name: 'WebTasks__Durable__TaskHub', value: taskHub } // the self-host image, if run beside it, joins the same hub
  { name: 'WebTasks__Workspaces__${workspaceId}__ApiKey', secretRef: 'workspace-api-key' }
  { name: 'WebTasks__Browser__ChromiumSandbox', value: 'false' } // Container Apps blocks the user namespaces it needs
  { name: 'WebTasks__Ai__Provider', value: 'AzureOpenAI' }
  { name: 'WebTasks__Ai__Endpoint', value: openAi.properties.endpoint }
  { name: 'WebTasks__Ai__DefaultModel', value: defaultModel }
  { name: 'AZURE_CLIENT_ID', value: identity.outputs.clientId }
]

// Per tier: the deployment's name, and its prices keyed by that name.
var tierSettings = flatten(map(modelTiers, tier => [
  { name: 'WebTasks__Ai__Models__${tier.name}', value: tier.name }
  { name: 'WebTasks__Ai__Prices__${tier.name}__Input', value: tier.input }
  { name: 'WebTasks__Ai__Prices__${tier.name}__Output', value: tier.output }
]))

// The Functions app as a container (Dockerfile.functions: the Functions base image for .NET isolated plus Debian's
// Chromium), hosted natively by Container Apps: the Functions scale controller adds replicas for the Durable Task
// queues (orchestrations, activities, entities) and the HTTP load.
resource app 'Microsoft.App/containerApps@2025-01-01' = {
  name: 'ca-webtasks-${token}'
  location: location
  tags: union(tags, { 'azd-service-name': 'functions' })
  kind: 'functionapp'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.outputs.resourceId}': {} }
  }
  properties: {
    environmentId: environment.id
    workloadProfileName: 'Consumption'
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: 80
        transport: 'auto'
        allowInsecure: false
      }
      registries: [{ server: registry.properties.loginServer, identity: identity.outputs.resourceId }]
      secrets: [{ name: 'workspace-api-key', value: workspaceApiKey }]
    }
    template: {
      containers: [
        {
          name: 'functions'
          // azd deploy replaces this with the image built from ../Dockerfile.functions.
          image: 'mcr.microsoft.com/azure-functions/dotnet-isolated:4-dotnet-isolated8.0-appservice-quickstart'
          resources: { cpu: json('2.0'), memory: '4Gi' }
          env: concat(settings, tierSettings)
          probes: [
            { type: 'Liveness', httpGet: { path: '/healthz', port: 80 }, periodSeconds: 30 }
            { type: 'Readiness', httpGet: { path: '/healthz', port: 80 }, periodSeconds: 10 }
          ]
        }
      ]
      scale: {
        minReplicas: 1
        maxReplicas: 10
      }
    }
  }
  dependsOn: [registryGrant, storageGrants, openAiGrant, deployments]
}

output registryLoginServer string = registry.properties.loginServer
output storageAccountName string = storage.name
output openAiEndpoint string = openAi.properties.endpoint
output serviceUrl string = 'https://${app.properties.configuration.ingress.fqdn}'
