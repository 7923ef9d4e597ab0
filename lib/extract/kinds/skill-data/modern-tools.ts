/**
 * Widely used tools, languages, frameworks, platforms and methods that O*NET's catalogue lacks or
 * names in a way postings never write ("Amazon Elastic Compute Cloud EC2"). Written by hand from
 * general knowledge of job postings, grouped by field so gaps are easy to see. Kinds of software
 * ("WMS", "CRM", "ERP") are not listed: they name a category, not a tool.
 *
 * Format, to keep ~900 names readable: names are separated by ", "; "A|B|C" gives the canonical
 * name then other spellings; a leading "~" marks a name that is also an everyday word ("Vault",
 * "Gong", "Square"), which then counts only in a tech context (skills.ts).
 */

const GROUPS: readonly string[] = [
  // Programming languages and query languages.
  'Kotlin, Scala, Elixir, Erlang, Haskell, Clojure, F#, OCaml, Lua, Perl, PHP, ' +
    'TypeScript, Solidity, Bash, PowerShell, Groovy, VHDL, Verilog, SystemVerilog, Zig, ' +
    'WebAssembly|Wasm, ABAP, Apex, VBA, VBScript, COBOL, Fortran, Objective-C, ' +
    'Assembly language, PL/pgSQL, HiveQL, Spark SQL, SPARQL, Cypher, DAX, LaTeX, YAML, ' +
    'JSON, XML, XSLT, WinDev, WinDev Mobile, WebDev|Webdev, Visual Basic 6|VB6',
  // Web frontend.
  'React|React.js|ReactJS, Angular, AngularJS, Svelte, SvelteKit, Nuxt|Nuxt.js, ' +
    'Next.js|NextJS|Next JS, Remix, Vite, Webpack, Babel, Redux, MobX, Zustand, jQuery, ' +
    'Bootstrap, Tailwind CSS|Tailwind, Sass|SCSS, ~Less, Storybook, Three.js, D3.js|D3, ' +
    'Chart.js, WebGL, Ember.js, Gatsby, Astro, htmx, Alpine.js, Material UI|MUI, ' +
    'Chakra UI, styled-components, RxJS, Vuex, Pinia, Vue|Vue.js|VueJS, Web Components, ' +
    'PWA, WCAG, WAI-ARIA|ARIA, HTML|HTML5, CSS|CSS3, ProseMirror, ~Slate, TipTap, ' +
    'Electron, Tauri, Blazor, Razor Pages, Angular Material, Ionic Framework, PostCSS, ' +
    'Apache Cordova|Cordova, StencilJS|Stencil.js',
  // Backend frameworks, APIs, messaging, servers.
  'Django, Flask, FastAPI, ~Express|Express.js|ExpressJS, NestJS, PEP 8|PEP8, ' +
    'Spring Boot|SpringBoot, Spring, Laravel, Symfony, Ruby on Rails|Rails|RoR, ' +
    'ASP.NET|ASP.NET Core, .NET|.NET Core|.NET Framework|DotNet, ~Phoenix, ~Gin, ' +
    'Quarkus, Micronaut, Hibernate, JPA, Entity Framework, Prisma, SQLAlchemy, ' +
    'Sequelize, TypeORM, Celery, Sidekiq, gRPC, GraphQL, ~Apollo GraphQL|Apollo Server, ' +
    'OpenAPI, Swagger, RabbitMQ, ActiveMQ, ZeroMQ, NATS, Kafka|Apache Kafka, ' +
    'Apache Pulsar|Pulsar, Amazon Kinesis|Kinesis, Amazon SQS|SQS, Amazon SNS|SNS, ' +
    'Redis, Memcached, Nginx, Apache HTTP Server, Tomcat, Node.js|NodeJS|Node JS, Deno, ' +
    'WebSockets|WebSocket, REST|RESTful|REST API|REST APIs, SOAP, ' +
    'Microservices|microservice architecture|microservicios|microservizi|Microservicios|' +
    'microsserviços|micro-serviços|micro serviços|Mikroservices, ' +
    'Event sourcing, CQRS, OAuth|OAuth2|OAuth 2.0, OpenID Connect, JWT, Keycloak, Auth0, ' +
    'LINQ, SpecFlow, Onion Architecture, ISO 8583',
  // Testing and code quality.
  'xUnit, NUnit, MSTest, Jest, Vitest, ~Mocha, Chai, Cypress, Playwright, Selenium, ' +
    'Puppeteer, JUnit, TestNG, pytest, PHPUnit, RSpec, ~Cucumber, Postman, JMeter, ' +
    'Gatling, k6, SonarQube, Mockito, Appium, XCTest, ~Espresso, ESLint, Prettier',
  // Data engineering, analytics, BI.
  'Pandas, NumPy, SciPy, scikit-learn|sklearn, Polars, Dask, ~Ray, Apache Spark|Spark, ' +
    'PySpark, Hadoop, Hive|Apache Hive, Presto, Trino, Apache Flink|Flink, Apache Beam, ' +
    'dbt|dbt Core|dbt Cloud, Airflow|Apache Airflow, Dagster, ~Prefect, ~Luigi, ' +
    'Snowflake, BigQuery|Google BigQuery, Redshift|Amazon Redshift, ' +
    'Databricks|Azure Databricks, Delta Lake, Apache Iceberg|Iceberg, Apache Hudi, ' +
    'Azure Synapse|Synapse Analytics, Azure Data Factory, Fivetran, Airbyte, ~Stitch, ' +
    'Talend, Informatica, SSIS, SSRS, SSAS, Looker, ' +
    'Looker Studio|Data Studio|Google Data Studio, Tableau, Power BI|PowerBI, ' +
    'Qlik|Qlik Sense|QlikSense|QlikView, Metabase, Apache Superset|Superset, ~Hex, ' +
    'Jupyter|Jupyter Notebook|JupyterLab, Power Query, Power Pivot, Alteryx, KNIME, ' +
    'Great Expectations, ETL, ELT, Data Vault, ~Kimball, OLAP, Microsoft Fabric|MS Fabric, ' +
    'Sigma Computing, ThoughtSpot, MicroStrategy|Micro Strategy, Domo, Google Sheets, ' +
    'Excel|MS Excel|Microsoft Excel, Dataform|Google Dataform, Amazon QuickSight|QuickSight|' +
    'AWS QuickSight, EasyMorph, Adverity, Azure Analysis Services, ' +
    'Data Mesh, Google Marketing Platform, Sybase IQ|SAP IQ',
  // Databases and search.
  'PostgreSQL|Postgres, MySQL, MariaDB, SQLite, Oracle Database|Oracle DB|Oracle, ' +
    'SQL Server|MS SQL|MSSQL, MongoDB|Mongo, DynamoDB, Cassandra|Apache Cassandra, ' +
    'CouchDB, Couchbase, CockroachDB, ClickHouse, TimescaleDB, InfluxDB, Neo4j, ' +
    'Elasticsearch|Elastic Search, OpenSearch, Kibana, Logstash, Solr|Apache Solr, ' +
    'Firebase, Firestore, Supabase, Amazon Aurora|Aurora DB, Cosmos DB|Azure Cosmos DB|CosmosDB, Pinecone, ' +
    'Amazon DocumentDB|DocumentDB|Document DB, ' +
    'Weaviate, pgvector, Teradata, Db2|IBM Db2, Vertica, Greenplum, SAP HANA|HANA',
  // Machine learning and AI.
  'GLM|GLMs|Generalized linear models|generalized linear models, ~Emblem|WTW Emblem, ' +
    '~Radar|WTW Radar, Akur8, Earnix, ResQ, MoSes, AXIS actuarial, PyTorch, TensorFlow, ' +
    'Keras, JAX, XGBoost, LightGBM, CatBoost, Hugging Face|HuggingFace, ~Transformers, ' +
    'spaCy, NLTK, OpenCV, MLflow, Kubeflow, Amazon SageMaker|SageMaker, Vertex AI, ' +
    'Azure Machine Learning|Azure ML, Weights & Biases|W&B|wandb, DVC, LangChain, ' +
    'LlamaIndex, OpenAI API, ~Prophet, ARIMA, statsmodels, Matplotlib, Seaborn, Plotly, ' +
    'ggplot2, tidyverse, dplyr, ~Shiny, RStudio, Stata, SPSS|IBM SPSS|SPSS Statistics, ' +
    'SAS, MATLAB|Matlab, Simulink, ~Evidently, KServe, Triton Inference Server|Triton, ' +
    'ONNX, TensorRT, CUDA, MLOps, LLMOps, RAG, BERT',
  // Life sciences and lab methods.
  'Shell scripting|shell scripts|Shell script|Bash scripting, Nextflow, Snakemake, ' +
    'Bioconductor, Seurat, Scanpy, GATK, BLAST, Samtools, Cell Ranger|CellRanger, ' +
    'Biopython, RNA-seq|RNA seq, scRNA-seq, ChIP-seq, ATAC-seq, NGS, CRISPR, PCR, ' +
    'qPCR|RT-qPCR, ELISA, Western blot|Western blotting, Flow cytometry, HPLC, LC-MS, ' +
    'GC-MS, Mass spectrometry, ~Galaxy, Benchling, LIMS, GraphPad Prism, ImageJ, ' +
    '~Singularity|Apptainer, Conda|Anaconda, GLP, CDISC, SDTM, ADaM, MedDRA',
  // Cloud, infrastructure, DevOps, observability.
  'Amazon Web Services|AWS, Microsoft Azure|Azure|MS Azure, ' +
    'Google Cloud Platform|GCP|Google Cloud, GKE|Google Kubernetes Engine, ' +
    'EKS|Amazon EKS, AKS|Azure Kubernetes Service, ECS|Amazon ECS, AWS Fargate|Fargate, ' +
    'AWS Lambda, Amazon S3|S3, Amazon EC2|EC2, AWS Batch, AWS Glue, Amazon Athena, ' +
    'Amazon CloudWatch|CloudWatch, AWS IAM|IAM, AWS CDK|CDK, ' +
    'CloudFormation|AWS CloudFormation, Pulumi, Terraform, Terragrunt, Ansible, ~Chef, ' +
    '~Puppet, SaltStack, Vagrant, ~Packer, ~Vault|HashiCorp Vault, ~Consul, ~Nomad, ' +
    'Docker, Podman, Kubernetes|k8s|K8S, OpenShift, Rancher, Helm, Kustomize, ' +
    'Argo CD|ArgoCD, Argo Workflows, ~Flux|FluxCD, Istio, Linkerd, Envoy, Jenkins, ' +
    'GitLab CI|GitLab CI/CD, CircleCI, Travis CI, TeamCity, Bamboo, ' +
    'GitHub Actions|GH Actions, Azure DevOps, Spinnaker, Prometheus, Grafana, ~Loki, ' +
    'Jaeger, OpenTelemetry, Datadog, New Relic, Dynatrace, Splunk, ELK|ELK stack, ' +
    'Graylog, ~Graphite, Commvault, iSCSI, SMTP, Amazon Cognito|Cognito, ' +
    'PagerDuty, Opsgenie, Sentry, Nagios, Zabbix, Linux, Ubuntu, Debian, ' +
    'Red Hat Enterprise Linux|RHEL, CentOS, Windows Server, Active Directory, ' +
    'Microsoft Entra ID|Azure AD|Azure Active Directory|Entra ID, Okta, ' +
    'Microsoft Intune|Intune, VMware, vSphere, Hyper-V, Citrix, Cloudflare, HAProxy, ' +
    'OPA|Open Policy Agent, OPA Gatekeeper, Git, GitHub, GitLab, Bitbucket, ' +
    'SVN|Subversion, Maven, Gradle, npm, Yarn, pnpm, Bazel, CMake, DevOps, DevSecOps, ' +
    'GitOps, FinOps, Infrastructure as Code|IaC, CI/CD, TCP/IP, DNS, DHCP, VPN, BGP, ' +
    'OSPF, VLAN, SD-WAN',
  // Managed cloud services postings name directly.
  'Cloud SQL, Pub/Sub|Google Pub/Sub|Cloud Pub/Sub, Cloud Run, Cloud Functions, ' +
    'Cloud Storage|Google Cloud Storage|GCS, Dataflow, Dataproc, Cloud Spanner|Spanner, ' +
    'Bigtable, Cloud Build, App Engine, Amazon RDS|RDS, DynamoDB|Amazon DynamoDB, ' +
    'AWS Step Functions|Step Functions, Amazon API Gateway|API Gateway, ' +
    'CloudFront|Amazon CloudFront, Route 53, Amazon EMR|EMR, AWS Glue, Amazon MSK, ' +
    'Amazon ElastiCache|ElastiCache, Azure Functions, Azure App Service, ' +
    'Azure Blob Storage, Azure SQL|Azure SQL Database, Azure Event Hubs|Event Hubs, ' +
    'Azure Service Bus, Logic Apps|Azure Logic Apps, ARM templates, Bicep, ' +
    'Azure Monitor, Application Insights, ~Atlantis, ~Honeycomb, Lightstep, ' +
    'Chronosphere, VictoriaMetrics, Thanos, Fluentd, Fluent Bit, Vector, Ceph, MinIO, ' +
    'GlusterFS, NetApp, Pure Storage, Veeam, OpenStack, Proxmox, Traefik, Kong, Apigee, ' +
    // Enterprise storage and backup: "SAN and NAS solutions", "Dell EMC, HPE", "Azure Backup".
    'Dell EMC, Azure Storage, Azure Backup, NAS|Network-Attached Storage, ' +
    'MuleSoft, Boomi, Tyk',
  // Security.
  'CrowdStrike, Palo Alto Networks|Palo Alto, Fortinet|FortiGate, Wireshark, Nmap, ' +
    'Metasploit, Burp Suite, Snyk, Wiz, SIEM, SOAR, EDR, ' +
    'Microsoft Sentinel|Azure Sentinel, Splunk ES, QRadar, Nessus, Qualys, Tenable, ' +
    'Kali Linux, MITRE ATT&CK, OWASP, OWASP Top 10, NIST CSF|NIST, SOC 2|SOC2, ' +
    'ISO 27001|ISO/IEC 27001, PCI DSS|PCI-DSS, HIPAA, GDPR|RGPD|DSGVO, SOX, Zero Trust, ' +
    'IAM, PKI',
  // Mobile and desktop.
  'Swift, SwiftUI, UIKit, Jetpack Compose, Android SDK, Android, iOS, React Native, Flutter, ' +
    'Dart, Xamarin, .NET MAUI, Ionic, Xcode, Android Studio, Unity|Unity3D|Unity 3D, ' +
    'Unreal Engine, Godot, Qt, WPF, WinForms, GetX, Riverpod',
  // Design and creative.
  'Figma, FigJam, Sketch, Adobe XD, InVision, Zeplin, Framer, ~Maze, Dovetail, ' +
    'UserTesting, Hotjar, Miro, Mural, Photoshop|Adobe Photoshop, ' +
    'Illustrator|Adobe Illustrator, InDesign|Adobe InDesign, ' +
    'After Effects|Adobe After Effects, Premiere Pro|Adobe Premiere Pro|Adobe Premiere, ' +
    'Lightroom|Adobe Lightroom, ' +
    'Adobe Creative Cloud|Adobe Creative Suite|Creative Cloud, Final Cut Pro, ' +
    'DaVinci Resolve, Blender, Cinema 4D, AutoCAD, Revit, SolidWorks, CATIA, Fusion 360, ' +
    'EPLAN|E-Plan|EPLAN Electric P8, ' +
    '~Rhino, SketchUp, ArcGIS, QGIS, Canva, Procreate, Affinity Designer, Lottie, ' +
    'GSAP|GreenSock',
  // Translation and localisation.
  'Trados Studio|SDL Trados|RWS Trados|Trados, memoQ, Memsource|Phrase TMS, Smartcat, Wordfast, ' +
    'XTM Cloud, Crowdin, Lokalise',
  // Marketing, e-commerce, CMS.
  'HubSpot|Hub Spot, Marketo|Adobe Marketo, Pardot|Account Engagement, Mailchimp, ' +
    'Klaviyo, Braze, Iterable, Customer.io, Brevo|Sendinblue, ActiveCampaign, ' +
    'Google Ads|Google AdWords|AdWords, ' +
    'Meta Ads|Meta Ads Manager|Facebook Ads|Facebook Ads Manager, ' +
    'LinkedIn Ads|LinkedIn Campaign Manager, Microsoft Advertising|Bing Ads, TikTok Ads, ' +
    'Google Analytics|GA4|Google Analytics 4|Universal Analytics, ' +
    'Google Tag Manager|GTM|Tag Manager, Google Search Console|Search Console, ' +
    'Google Merchant Center, SEMrush|Semrush, Ahrefs, Screaming Frog, Hootsuite, ' +
    'Sprout Social, ~Buffer, Optimizely, VWO, ~Segment, Mixpanel, Amplitude, ~Heap, ' +
    'Pendo, FullStory, Webflow, WordPress, Shopify, Shopify Plus, ' +
    'Magento|Adobe Commerce, WooCommerce, PrestaShop, BigCommerce, Sylius, ' +
    'Salesforce Commerce Cloud, Contentful, ~Sanity, Drupal, ' +
    'Adobe Experience Manager|AEM, Adobe Analytics, SEO, SEA, SEM, PPC, CRO, ASO, ' +
    'A/B testing|A/B tests|AB testing|A/B test, Google Display Network, ' +
    'DV360|Display & Video 360, The Trade Desk, Axure|Axure RP, ' +
    'Amazon Textract|Textract, Amazon Rekognition|Rekognition',
  // Sales and customer success.
  'Salesforce|SFDC|Salesforce.com|Salesforce CRM, Sales Cloud|Salesforce Sales Cloud, ' +
    'Service Cloud|Salesforce Service Cloud, Marketing Cloud|Salesforce Marketing Cloud, ' +
    '~Outreach|Outreach.io, Salesloft, ~Gong|Gong.io, ~Apollo.io|Apollo, ZoomInfo, ' +
    'LinkedIn Sales Navigator|Sales Navigator, Pipedrive, Zoho CRM, ' +
    'Microsoft Dynamics 365|Dynamics 365|Microsoft Dynamics|MS Dynamics, Gainsight, ' +
    'ChurnZero, Totango, ~Chorus, Clari, DocuSign, PandaDoc, CPQ, MEDDIC, MEDDICC, ' +
    'MEDDPICC, SPIN Selling, Challenger Sale, Sandler, BANT',
  // Customer support and ITSM.
  'Zendesk|Zendesk Support, Freshdesk, Freshservice, Intercom, ServiceNow, ' +
    'Jira Service Management|JSM|Jira Service Desk, Help Scout, Gorgias, Kustomer, ' +
    'Five9, Genesys|Genesys Cloud, Talkdesk, Aircall, RingCentral, NICE CXone, ' +
    'Salesforce Service Cloud, ITIL, ITSM',
  // Collaboration and project tools.
  'Confluence, ~Linear, Asana, Trello, Monday.com, Notion, ClickUp, Smartsheet, ' +
    'Airtable, Slack, Microsoft Teams|MS Teams, Zoom, ' +
    'Google Workspace|G Suite|GSuite|Google Suite|suite Google, ' +
    'Microsoft 365|Office 365|O365|M365, ' +
    'Microsoft Office|MS Office|MS-Office|Office suite|Office-Paket|Office Programme|' +
    'Office-Programme|MS Office Suite|Microsoft Office Suite|Microsoft suite|' +
    'pacchetto Office|pacote Office|paquete Office|suite Office|pack Office|' +
    'suite bureautique Office|Office-pakket|' +
    // "sichere Office-Kenntnisse": the suite named inside the German compound. (The French
    // "outils bureautiques" and Spanish "herramientas ofimáticas" name the kind, often followed by
    // the tools themselves: left out.)
    'Office-Kenntnisse|Office-Kenntnissen|MS-Office-Kenntnisse|MS-Office-Kenntnissen, ' +
    'SharePoint, OneDrive, Loom, Basecamp, Wrike, Microsoft Project|MS Project, ' +
    'Microsoft Visio|Visio, Lucidchart, draw.io, Zapier, Make.com, n8n, Power Automate, ' +
    'Power Apps|PowerApps, Microsoft Power Platform|Power Platform, Google Sheets|Google Sheet, Gmail, ' +
    'Google Docs, Google Slides, Outlook, PowerPoint|Power Point|MS PowerPoint',
  // Finance, ERP, HR and procurement.
  'Guidewire|Guidewire PolicyCenter|Guidewire ClaimCenter|Guidewire BillingCenter|ClaimCenter|PolicyCenter, ' +
    'Duck Creek, Majesco, ~Sapiens, SAP IS-U, SAP IS-H, SAP PM, SAP QM, SAP PS, SAP HR, ' +
    'SAP TM, SAP GTS, SAP CRM, SAP BPC, SAP Analytics Cloud, SAP MDG, SAP BTP, SAP CPI, ' +
    'SAP PI/PO, SAP Basis, SAP Business One|SAP B1, SAP ByDesign, SAP Activate, Odoo, Flectra',
  'SAP, SAP S/4HANA|S/4HANA|S4HANA|SAP S4HANA, SAP ECC, SAP FI, SAP CO, ' +
    'SAP FI/CO|SAP FICO, SAP MM, SAP SD, SAP PP, SAP WM, SAP EWM, SAP HCM, SAP BW, ' +
    'SAP BusinessObjects|BusinessObjects, SAP Ariba|Ariba, SAP Concur|Concur, ' +
    'SAP SuccessFactors|SuccessFactors, SAP Fiori, Oracle Financials, ' +
    'Oracle E-Business Suite|Oracle EBS, Oracle Fusion, Oracle NetSuite|NetSuite, ' +
    'JD Edwards, QuickBooks, Xero, ~Sage|Sage 50|Sage Intacct, DATEV, Lexware, MYOB, ' +
    'Tally ERP|Tally Prime|Tally ERP 9|TallyPrime, ' +
    'A3ERP|A3 ERP|a3ERP|a3innuva, Sage 200, Holded, ContaPlus, ' +
    // Brazil: the accounting suite offices run, and the tax regimes their clients file under.
    'Sistema Domínio|Domínio Sistemas|Domínio Contábil, Simples Nacional, Lucro Presumido, Lucro Real, ' +
    // Argentine accounting and ERP suites.
    'Bejerman, ~Tango|Tango Gestión|Tango Software, ' +
    'Navision|Microsoft Dynamics NAV|Dynamics NAV, ' +
    'Business Central|Dynamics 365 Business Central, TeamSystem, Zucchetti, ' +
    'Exact Online, AFAS, Twinfield, Cegid, Pennylane, Sage X3, ' +
    'Workday|Workday HCM|Workday Financials, Workday Studio, Workday EIB|EIB, ' +
    'ADP|ADP Workforce Now, UKG|Kronos, Gusto, BambooHR, Personio, ~Greenhouse, ~Lever, ' +
    'Workable, SmartRecruiters, iCIMS, Taleo, Coupa, Kyriba, Oracle Hyperion|Hyperion, ' +
    'Anaplan, Adaptive Insights|Workday Adaptive Planning, BlackLine, OneStream, LucaNet|Lucanet, GoBD, ' +
    'Bloomberg Terminal, FactSet, Capital IQ|S&P Capital IQ, Refinitiv Eikon|Refinitiv, ' +
    'PitchBook, Murex, ~Calypso, IFRS, US GAAP|GAAP, HGB, Solvency II, Basel III, XBRL',
  // Supply chain, manufacturing, quality, safety.
  'Manhattan Associates|Manhattan WMS, Blue Yonder|JDA, ' +
    'Oracle Transportation Management|OTM, Kinaxis, Descartes, SAP IBP, SAP APO, MRP, ' +
    '5S, Kaizen, Lean|Lean Manufacturing, Six Sigma, Lean Six Sigma, Kanban, Poka-yoke, ' +
    'TPM, FMEA, 8D, PPAP, APQP, SPC, Gemba, Value stream mapping, HACCP|H.A.C.C.P., GMP|cGMP, ' +
    'ISO 9001, ISO 14001, ISO 45001, IATF 16949, OSHA, PLC, SCADA, ' +
    'Siemens TIA Portal|TIA Portal, Rockwell Automation|Allen-Bradley, LabVIEW, Minitab, ' +
    'CNC',
  // Healthcare, hospitality, retail, education.
  '~Nourish, Access Care Planning, PioneerRx, EnterpriseRx|McKesson EnterpriseRx, ' +
    'Rx30, QS/1, Liberty Software, Epic|Epic Systems|EpicCare, ~Cerner|Oracle Health, ' +
    'Meditech|MEDITECH, HiX, Allscripts, athenahealth, eClinicalWorks, PointClickCare, ' +
    'Pyxis, Omnicell, EHR, EMR, ICD-10, CPT, HL7, FHIR, DICOM, PACS, ' +
    'Opera PMS|Oracle Opera|OPERA PMS, Oracle MICROS|MICROS|Micros, ~Toast|Toast POS, ' +
    // The till, not "POS-Materialien" (a shop's displays): named with its system or device.
    'POS system|POS systems|POS device|POS terminal|POS software|EPOS|point-of-sale system|' +
    'point-of-sale systems|point of sale system|point of sale systems, ' +
    'Lightspeed, ~Square|Square POS, ~Mews, Cloudbeds, SevenRooms, OpenTable, ' +
    'Google Classroom, Moodle, ~Canvas|Canvas LMS, ~Blackboard, Schoology, Seesaw, ' +
    'Kahoot, Nearpod, Venepuncture|Venipuncture|Phlebotomy, IV therapy|IV cannulation|Cannulation',
  // Construction, engineering and planning software (AEC, BIM, scheduling).
  'Civil 3D|AutoCAD Civil 3D|Autodesk Civil 3D, Subassembly Composer, ' +
    'Navisworks|Autodesk Navisworks, ReCap|Autodesk ReCap, ' +
    'InfraWorks|Autodesk InfraWorks, InfoDrainage|Autodesk InfoDrainage, ' +
    'Autodesk Construction Cloud|ACC, ProjectWise|Bentley ProjectWise, ' +
    'MicroStation|Bentley MicroStation, Tekla Structures|Tekla, ETABS, SAP2000, ' +
    'STAAD.Pro|STAAD, Primavera P6|Primavera|Oracle Primavera, ' +
    '~Open Plan|Deltek Open Plan, ' +
    'BIM|Building Information Modelling|Building Information Modeling, ' +
    'BIM Execution Plan, ISO 19650, Common Data Environment|CDE, ' +
    'Integrated Master Schedule|IMS, Earned Value Management|EVM, Synchro, ' +
    'Bluebeam|Bluebeam Revu, Procore, ArchiCAD, Vectorworks, PDSA',
  // Trades: welding processes, building services, workshop qualifications named as tools.
  'GMAW, FCAW, SMAW, GTAW, MIG|MIG welding, TIG|TIG welding, ' +
    'Stick welding|MMA welding, Sub arc welding|Submerged arc welding|SAW welding, ' +
    'Oxy cutting|Oxy-fuel cutting|Oxyacetylene cutting, Plasma cutting, PLC programming, ' +
    'Tachograph|Tachographs|tacógrafos|tachygraphe|Fahrtenschreiber, Hydraulics, Pneumatics, ' +
    // The Dutch and Flemish basic safety certificate for contractors' staff.
    'VCA|VCA-certificaat|VCA Basis|VCA-VOL|VCA VOL|Certificaat VCA',
  // HPC, data formats, newer developer tools.
  'Rocky Linux, AlmaLinux, SLURM|Slurm, InfiniBand, HDF5, Apache Parquet|Parquet, ' +
    'Apache Avro|Avro, LakeFS, DuckDB, Polars, Hotwire, ~Turbo|Hotwire Turbo, ' +
    '~Stimulus|Stimulus.js, Claude Code, ~Codex|OpenAI Codex, GitHub Copilot|Copilot, ' +
    'ChatGPT, ~Gemini|Google Gemini, ~Claude|Anthropic Claude, ~Mongoose|Mongoose ODM, ' +
    'Cursor IDE, LLMs|LLM|Large language models, Prompt engineering, Nx|Nx monorepo, ' +
    'NgRx|NgRx Signals, Twig, Gulp|Gulp.js, Grunt, Bower, Chrome DevTools|Chrome Dev Tools, BEM, SVG, JSX, ' +
    'Responsive design|responsive web design, Progressive enhancement, ' +
    'Web accessibility|accessibilité web|Barrierefreiheit, UX/UI|UI/UX, ' +
    'ACF|Advanced Custom Fields, Gravity Forms, Hybris|SAP Hybris|SAP Commerce Cloud, ' +
    'Zend|Zend Framework, Yii, CodeIgniter, CakePHP, Memcache, ' +
    'JSF|Java Server Faces|JavaServer Faces, RichFaces|Rich Faces, JBoss Seam, ' +
    'JBoss|WildFly, Struts|Apache Struts, Sonar, GitFlow|Git Flow, Cocoa|Cocoa Touch, ' +
    '~Eclipse|Eclipse IDE, Visual Studio|Microsoft Visual Studio|MS Visual Studio, ' +
    'VS Code|Visual Studio Code|VSCode, IntelliJ IDEA|IntelliJ, ~Drone|Drone CI, ' +
    'LANDesk|Ivanti, WhatsApp Business API|WhatsApp Cloud API|Meta WhatsApp Cloud API, ' +
    'Anthropic API, Pastel|Sage Pastel|Pastel Accounting, Interwoven|iManage',
  // Operating systems, networking.
  '~Windows|MS Windows|Microsoft Windows, macOS|Mac OS|MacOS|OS X, WLAN, WAN, LAN, Cisco|Cisco IOS, Juniper, ~Apache|Apache httpd, CAS|Apereo CAS',
  // Data and analytics methods postings list as skills.
  'Machine learning|machine-learning|apprentissage automatique|maschinelles Lernen|aprendizaje automático, ' +
    'Deep learning, Big data|Big Data Analytics, Data governance|Data Governance, ' +
    'Data quality management|Data Quality Management, Information governance, ' +
    'Master data management|MDM, Business intelligence, ' +
    'Data warehouse|Data Warehousing|DWH, Star schema, 3NF, ' +
    'Data modelling|Data modeling, Document management system|DMS|Dokumentenmanagement, ' +
    'Business process management|BPM, Document lifecycle management|DLM, ' +
    'Unit testing|unit tests|Unit-Tests|tests unitaires|testes unitários|pruebas unitarias, ' +
    'End-to-end testing|E2E testing|end-to-end tests, ' +
    'Continuous delivery|Continuous Deployment, Version control|versioning',
  // Methods and practices.
  'Scrum, ' +
    'Agile|agile werken|Agile methods|Métodos Ágeis|métodos ágiles|méthodes agiles|agile Methoden|' +
    'metodologías ágiles|metodologias ágeis|metodologie agili|méthodologies agiles|agile Methodiken|' +
    // The method named with the setting it sets or in the singular: "un environnement Agile".
    'Agile environment|environnement Agile|entorno ágil|entorno Agile|ambiente ágil|ambiente Agile|' +
    'metodología ágil|metodologia ágil|metodologia agile|agilen Methoden|agilen Umfeld|agile omgeving|' +
    'agile werkwijze, ' +
    'SAFe, Waterfall, Extreme Programming, TDD, BDD, DDD|Domain-Driven Design, ' +
    'OOP|Object-oriented programming|Object Oriented Programming|Object Orientated Programming|' +
    'objektorientierte Programmierung|programmation orientée objet|programación orientada a objetos|' +
    'programação orientada a objetos, ' +
    'SOLID, Pair programming, OKR|OKRs, Design Thinking, Jobs to be Done|JTBD, ' +
    'UX research, PRINCE2, PMBOK, Critical path method, Earned value management, Clean Code, ' +
    'Clean Architecture, Design patterns|design pattern|Entwurfsmuster|padrões de projeto, ' +
    'MVVM|Model-View-ViewModel, MVC|Model-View-Controller, ' +
    'Continuous integration|integración continua|integração contínua|intégration continue|' +
    'kontinuierliche Integration|integrazione continua',
  // Missing on real postings the engine had not seen: .NET and web services, ops and security.
  'WCF|Windows Communication Foundation, Web API|Web APIs|Web-API, ASP.NET Web API, DevExpress, ' +
    'Inertia.js|InertiaJS, Resilience4j, Django REST Framework, Pester, API testing|API tests, ' +
    'Team Foundation Server|TFS, Artifactory|JFrog Artifactory, vCenter|VMware vCenter, Munki, ' +
    'osquery, Sysinternals, Group Policy|Group Policies, Kerberos, ' +
    'MFA|multi-factor authentication|multifactor authentication, GLBA, Mobile device management, ' +
    'SAP BusinessObjects|Business Objects|Business Object',
  // Missing on real postings the engine had not seen (UK/DE data and ATS dumps): methods and tools.
  'NLP|Natural language processing|natural language processing|traitement automatique du langage naturel|' +
    'procesamiento del lenguaje natural|processamento de linguagem natural, ' +
    'Data mining|data-mining|Data-Mining|fouille de données|minería de datos|mineração de dados, ' +
    'Feature engineering, Exploratory data analysis, ANOVA, ' +
    'Linear programming|lineare Optimierung|programmation linéaire|programación lineal, ' +
    'Mixed-integer programming|Mixed Integer Programming|mixed integer linear programming|MILP, ' +
    'Operations research|Operational research|recherche opérationnelle|investigación operativa, ' +
    "SFTP, Quantexa, Maltego, i2 Analyst's Notebook|Analyst's Notebook, ~Expo",
  // Embedded, IoT and automation.
  'Arduino, Raspberry Pi, ESP32, LoRaWAN, Bluetooth|Bluetooth Low Energy|BLE, UART, RS-232|RS232, ' +
    'CAN bus|CAN-Bus|CANbus, Siemens STEP 7|Step7|Simatic STEP 7',
  // Warehouse equipment hourly postings ask to operate, in each language's word (a forklift
  // licence or ticket is a licence: the credentials reader's ticket rule wins over these).
  'Pallet jack|pallet jacks|pallet truck|pallet trucks|Hubwagen|transpalette|transpaleta|' +
    'transpallet|palletwagen, Reach truck|reach trucks|Schubmaststapler, ' +
    'Forklift|forklift|forklifts|Forklifts|fork lift|fork-lift|Gabelstapler|Gabelstaplern|' +
    'chariot élévateur|chariots élévateurs|carretilla elevadora|carretillas elevadoras|' +
    // The 1990 French spelling "charriot"; the Flemish compound "vorkheftruck".
    'charriot élévateur|charriots élévateurs|vorkheftruck|vorkheftrucks|' +
    'carrello elevatore|carrelli elevatori|heftruck|heftrucks|Heftruck|empilhadeira|empilhadeiras',
  // Mainframe tools; workforce and care-review platforms.
  'z/OS, ISPF, VSAM, Dayforce|Ceridian Dayforce, InterQual',
  // Missing on unseen postings: the Hadoop stack's engines, network monitoring, Linux
  // distributions, functional languages (the everyday words among them need a context), clouds.
  'Pentaho, Apache Impala|Impala, MapReduce|Map Reduce, NetFlow|Netflow, ~Cacti, MRTG, Fedora, ' +
    'Red Hat Linux|Redhat|RedHat, Lisp|Common Lisp, ~Elm, ~Racket, ~Julia, ' +
    'Oracle Cloud Infrastructure|OCI, Perforce|Perforce Helix',
  // Trades and site work met on unseen Dutch, German and French postings: lifting and height
  // equipment, plan reading, each in every language's words.
  'Overhead crane|overhead cranes|Hallenkran|Brückenkran|pont roulant|ponts roulants|rolbrug|' +
    'puente grúa|carroponte, ' +
    'Working at height|werken op hoogte|veilig werken op hoogte|Arbeiten in der Höhe|travail en hauteur|' +
    'trabajos en altura, ' +
    'Aerial work platform|MEWP|hoogwerker|Hubarbeitsbühne|Hubarbeitsbühnen|PEMP|plataforma elevadora, ' +
    'Blueprint reading|planlezen|tekeninglezen|lecture de plans|lecture de plan|Zeichnungslesen|' +
    'lectura de planos|leitura de desenhos técnicos|leitura e interpretação de desenhos técnicos|' +
    'interpretação de desenhos técnicos|lettura del disegno tecnico|lettura di disegni tecnici, ' +
    // Web work German and Dutch public and agency postings ask for.
    'Test automation|automated testing|Testautomatisierung|automatisiertes Testen|automatisiertem Testen|' +
    'tests automatisés|testautomatisering, ' +
    'Web services|Webservices|Web-Services, Web design|Webdesign|webdesign, ' +
    'Usability testing|Usability-Evaluation|Usability-Tests|tests utilisateurs, ' +
    'Digital accessibility|digitale toegankelijkheid|digitale Barrierefreiheit|accessibilité numérique',
  // Missing on unseen German, Argentine and Mexican postings: telephony over IP, a task board, a
  // workshop's machine tools in Spanish and Portuguese, quality-safety-environment systems.
  'VoIP|Voice over IP, SIP trunking|SIP, MeisterTask|Meistertask, ' +
    'Lathe operation|tornería|tornearia|tornitura, Milling machine|fresadora|fresadoras|fresatrice, ' +
    'Shaping machine|limadora|limadoras, QHSE|QSHE|HSEQ',
];

/**
 * Acronyms that are no everyday word in any case, so informal postings' "html, css and php" count:
 * the capitals rule for short acronyms exists for "SAS", "SAP", "REST", not for these.
 */
export const ANY_CASE: ReadonlySet<string> = new Set(
  'html|css|php|json|xml|yaml|aws|gcp|sql|nosql|mysql|ios|jquery|ajax|scss|graphql|ui kit'.split(
    '|',
  ),
);

export interface ToolName {
  /** Canonical name, then the other spellings postings use. */
  forms: readonly string[];
  /** Also an everyday word: needs a tech context. */
  everyday: boolean;
}

function parse(groups: readonly string[]): ToolName[] {
  const out: ToolName[] = [];
  for (const group of groups) {
    for (const item of group.split(', ')) {
      const everyday = item.startsWith('~');
      const forms = (everyday ? item.slice(1) : item).split('|').map((f) => f.trim());
      if (forms[0]) out.push({ forms, everyday });
    }
  }
  return out;
}

export const MODERN_TOOLS: readonly ToolName[] = parse(GROUPS);
