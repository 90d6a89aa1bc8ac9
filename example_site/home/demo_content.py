"""The demo's content, as data: the seed article's two careers, one more, and the comparison.

Every figure has its source and year beside it. The two seed careers hold the figures of the
school's article "Medical Coding Specialist vs. Medical Office Specialist" (Bureau of Labor
Statistics, 2012); Medical Assistant's come from the BLS Occupational Outlook Handbook,
2014-15 edition (May 2012 wages, 2012-22 projections). The texts are our own words.

Career bodies use the raw StreamField format of ``wagtail_careers.factories``' block builders,
so they go through the same blocks (and validation) as an editor's input.
"""

from wagtail_careers.factories import (
    certification,
    duties_block,
    education_block,
    outlook_block,
    paragraph_block,
    salary_block,
)

BLS_OOH = "Bureau of Labor Statistics, Occupational Outlook Handbook"
BLS_OOH_URL = "https://www.bls.gov/ooh/"
SEED_ARTICLE_FROM_BLS = (
    "The school's 2014 career article, from Bureau of Labor Statistics wage data"
)
BLS_OOH_2014 = "Bureau of Labor Statistics, Occupational Outlook Handbook, 2014-15 Edition"

SCHOOL_NAME = "Example Career School"
#: Receives the demo's leads; in development, emails are printed on the console.
LEAD_RECIPIENT = "admissions@example.com"

HOME_INTRO = (
    "<p>We train people for careers in healthcare offices, clinics and hospitals. Start with "
    "the careers below: what each job involves, the training it takes, how fast it is growing "
    "and what it pays, with the source of every figure.</p>"
)

CAREERS_INDEX = {
    "title": "Careers",
    "slug": "careers",
    "intro": (
        "<p>Each career page sets out the duties, the education and certifications, the job "
        "outlook and the pay of one occupation. Not sure which suits you? Read a comparison, "
        "or ask us.</p>"
    ),
}

MEDICAL_CODING = {
    "title": "Medical Coding Specialist",
    "slug": "medical-coding-specialist",
    "soc_code": "29-2072",
    "summary": (
        "Medical coding specialists translate diagnoses and treatments into standard codes, "
        "so that patient records are complete, can be read by any clinic and can be used for "
        "research."
    ),
    "body": [
        duties_block(
            intro=(
                "<p>A narrow, technical job: it takes a thorough knowledge of medical law and "
                "procedures.</p>"
            ),
            items=[
                "Assign codes that classify diseases and treatments",
                "Label every patient record with the proper codes",
                "Update records as treatments and health status change",
                "Consolidate information for use in research",
                "Record information in a format other clinics can read and interpret",
            ],
        ),
        education_block(
            typical_entry_education="postsecondary_nondegree",
            formal_education_required="yes",
            subjects=[
                "Medical terminology",
                "Human anatomy",
                "Medical law",
                "Bodily diseases",
            ],
            certifications=[
                certification("Certified Tumor Registrar", "CTR", "NCRA"),
                certification("Registered Health Information Technician", "RHIT", "AHIMA"),
            ],
            notes=(
                "<p>Employers hire coders who have completed a diploma program. After the "
                "diploma, coders earn at least one of these certifications and renew it "
                "regularly, which shows that their knowledge of health information is current."
                "</p>"
            ),
        ),
        outlook_block(
            growth_percent="22",
            period_start=2012,
            period_end=2022,
            drivers=(
                "<p>Changes in healthcare law, and health facilities moving their records onto "
                "computers.</p>"
            ),
            source_name=BLS_OOH,
            source_url=BLS_OOH_URL,
        ),
        salary_block(
            median_annual="34750",
            percentile_90="56200",
            year=2012,
            # The seed article's figures, as it gives them; BLS's own Handbook printed a
            # different May 2012 median for SOC 29-2071, so the source says whose they are.
            source_name=SEED_ARTICLE_FROM_BLS,
            source_url=BLS_OOH_URL,
        ),
        paragraph_block(
            "<p>Occupation code: SOC 29-2072, Medical Records Specialists (2018 SOC). The "
            "2012 figures were published under the 2010 SOC code 29-2071, Medical Records "
            "and Health Information Technicians.</p>"
        ),
    ],
}

MEDICAL_OFFICE = {
    "title": "Medical Office Specialist",
    "slug": "medical-office-specialist",
    "soc_code": "43-6013",
    "summary": (
        "Medical office specialists run the administration of hospitals, clinics and other "
        "health facilities: records, data entry, documents, and the day-to-day contact with "
        "patients and practitioners."
    ),
    "body": [
        duties_block(
            intro="<p>Administrative assistants who specialize in health care.</p>",
            items=[
                "Keep patient and office records",
                "Enter information in computer databases",
                "Communicate with patients and practitioners",
                "Organize the facility's important documents",
            ],
        ),
        education_block(
            typical_entry_education="high_school",
            formal_education_required="no",
            subjects=[],
            certifications=[],
            notes=(
                "<p>Few clinics set official training requirements. What counts is that you "
                "write well, use a computer, handle basic math and deal well with patients, "
                "however you learned to. Each clinic's own procedures are taught on the job, "
                "in training that usually lasts several months.</p>"
                "<p>College graduates are more likely to be hired, which is why many "
                "candidates take a college or vocational program first.</p>"
            ),
        ),
        outlook_block(
            growth_percent="36",
            period_start=2012,
            period_end=2022,
            drivers=(
                "<p>More demand for health services, as the Affordable Care Act extends "
                "coverage and the population ages.</p>"
            ),
            source_name=BLS_OOH,
            source_url=BLS_OOH_URL,
        ),
        salary_block(
            median_annual="31350",
            percentile_90=None,
            year=2012,
            source_name=BLS_OOH,
            source_url=BLS_OOH_URL,
        ),
        paragraph_block(
            "<p>Occupation code: SOC 43-6013, Medical Secretaries and Administrative "
            "Assistants.</p>"
        ),
    ],
}

MEDICAL_ASSISTANT = {
    "title": "Medical Assistant",
    "slug": "medical-assistant",
    "soc_code": "31-9092",
    "summary": (
        "Medical assistants combine administrative and clinical tasks in the offices of "
        "physicians and other health practitioners."
    ),
    "body": [
        duties_block(
            intro="<p>Duties vary with the location, specialty and size of the practice.</p>",
            items=[
                "Take care of administrative tasks in the practice",
                "Measure patients' vital signs, such as blood pressure and temperature",
                "Support physicians with routine clinical tasks",
            ],
        ),
        education_block(
            typical_entry_education="postsecondary_nondegree",
            formal_education_required="no",
            subjects=[],
            certifications=[],
            notes=(
                "<p>Most medical assistants hold a postsecondary certificate; others start "
                "with a high school diploma and learn on the job.</p>"
            ),
        ),
        outlook_block(
            growth_percent="29",
            period_start=2012,
            period_end=2022,
            employment=560800,
            drivers=(
                "<p>An aging population needs more preventive care, and growing practices "
                "hire assistants for routine work so that physicians can see more patients."
                "</p>"
            ),
            source_name=BLS_OOH_2014,
            source_url="https://www.bls.gov/ooh/healthcare/medical-assistants.htm",
        ),
        salary_block(
            median_annual="29370",
            median_hourly="14.12",
            percentile_90=None,
            year=2012,
            source_name=BLS_OOH_2014,
            source_url="https://www.bls.gov/ooh/healthcare/medical-assistants.htm",
        ),
    ],
}

CAREERS = [MEDICAL_CODING, MEDICAL_OFFICE, MEDICAL_ASSISTANT]

#: The comparison of the seed article, in our own words. ``careers`` names career slugs, in
#: the order of the table's columns; ``before_you_decide`` is a list of plain-text items.
COMPARISON = {
    "title": "Medical Coding Specialist vs. Medical Office Specialist",
    "slug": "medical-coding-vs-medical-office-specialist",
    "careers": [MEDICAL_CODING["slug"], MEDICAL_OFFICE["slug"]],
    "intro": (
        "<p>The job market can look discouraging, yet healthcare keeps hiring, and not only at "
        "the bedside. Medical coding and medical office work are two promising ways in. They "
        "sound alike but are quite different jobs: here they are side by side.</p>"
    ),
    "before_you_decide_heading": "Before you decide",
    "before_you_decide": [
        "What each job involves from day to day",
        "The education and certifications each one asks of you",
        "How fast each field is expected to grow, and why",
        "What each one pays, and how much more the best-paid earn",
        "Your own strengths, and the kind of workplace you want",
    ],
    "conclusion_heading": "Which one is for you?",
    "conclusion": (
        "<p>Both careers are growing and both pay competitively, so the better choice depends "
        "on you. Office work suits people who like variety and contact with patients and can "
        "start with on-the-job training. Coding suits people who enjoy precise, technical work "
        "and are ready for a diploma program and a certification. Think about your skills and "
        "the setting you would like to work in, then ask us about the program that leads "
        "there.</p>"
    ),
}


# Spanish ---------------------------------------------------------------------------------
#: The demo's pages in Spanish, for US Spanish-speaking readers (usted), in our own words and
#: faithful to the English pages. Each page's translation keeps the English page's figures,
#: codes and choices (wagtail_careers keeps them in step); only the texts below change.
SPANISH = "es"

#: Page fields per English slug: the translation's title, slug and introduction or summary.
SPANISH_PAGES = {
    "home": {
        "title": "Example Career School",
        "slug": "inicio",
        "intro": (
            "<p>Formamos a personas para trabajar en consultorios, clínicas y hospitales. "
            "Empiece por las carreras que aparecen a continuación: en qué consiste cada "
            "trabajo, qué formación exige, cuánto está creciendo y cuánto se paga, con la "
            "fuente de cada cifra.</p>"
        ),
    },
    CAREERS_INDEX["slug"]: {
        "title": "Carreras",
        "slug": "carreras",
        "intro": (
            "<p>Cada página de carrera presenta las funciones, la formación y las "
            "certificaciones, las perspectivas laborales y el salario de una ocupación. ¿No "
            "sabe cuál le conviene? Lea una comparación o pregúntenos.</p>"
        ),
    },
    MEDICAL_CODING["slug"]: {
        "title": "Especialista en codificación médica",
        "slug": "especialista-en-codificacion-medica",
        "summary": (
            "Los especialistas en codificación médica convierten diagnósticos y tratamientos "
            "en códigos estándar, para que los expedientes de los pacientes estén completos, "
            "cualquier clínica pueda leerlos y sirvan para la investigación."
        ),
    },
    MEDICAL_OFFICE["slug"]: {
        "title": "Especialista en administración médica",
        "slug": "especialista-en-administracion-medica",
        "summary": (
            "Los especialistas en administración médica llevan la gestión administrativa de "
            "hospitales, clínicas y otros centros de salud: expedientes, ingreso de datos, "
            "documentos y el trato diario con pacientes y profesionales de la salud."
        ),
    },
    MEDICAL_ASSISTANT["slug"]: {
        "title": "Asistente médico",
        "slug": "asistente-medico",
        "summary": (
            "Los asistentes médicos combinan tareas administrativas y clínicas en los "
            "consultorios de médicos y de otros profesionales de la salud."
        ),
    },
    COMPARISON["slug"]: {
        "title": "Especialista en codificación médica o especialista en administración médica",
        "slug": "codificacion-medica-o-administracion-medica",
        "intro": (
            "<p>El mercado laboral puede parecer desalentador, pero el sector de la salud "
            "sigue contratando, y no solo junto a la cama del paciente. La codificación médica "
            "y la administración médica son dos buenas maneras de empezar. Sus nombres se "
            "parecen, pero son trabajos muy distintos: aquí los tiene uno al lado del otro."
            "</p>"
        ),
    },
}

#: Each English text of the demo's blocks and its Spanish translation.
SPANISH_TEXTS = {
    # Sources and regions
    BLS_OOH: "Oficina de Estadísticas Laborales, Manual de Perspectivas Ocupacionales",
    SEED_ARTICLE_FROM_BLS: (
        "Artículo de la escuela sobre carreras (2014), con datos salariales de la Oficina de "
        "Estadísticas Laborales"
    ),
    BLS_OOH_2014: (
        "Oficina de Estadísticas Laborales, Manual de Perspectivas Ocupacionales, edición 2014-15"
    ),
    "United States": "Estados Unidos",
    # Medical Coding Specialist
    (
        "<p>A narrow, technical job: it takes a thorough knowledge of medical law and "
        "procedures.</p>"
    ): (
        "<p>Un trabajo especializado y técnico: exige un conocimiento a fondo de la "
        "legislación y los procedimientos médicos.</p>"
    ),
    "Assign codes that classify diseases and treatments": (
        "Asignar códigos que clasifican enfermedades y tratamientos"
    ),
    "Label every patient record with the proper codes": (
        "Identificar cada expediente de paciente con los códigos correspondientes"
    ),
    "Update records as treatments and health status change": (
        "Actualizar los expedientes cuando cambian los tratamientos o el estado de salud"
    ),
    "Consolidate information for use in research": (
        "Reunir la información para que pueda usarse en la investigación"
    ),
    "Record information in a format other clinics can read and interpret": (
        "Registrar la información en un formato que otras clínicas puedan leer e interpretar"
    ),
    "Medical terminology": "Terminología médica",
    "Human anatomy": "Anatomía humana",
    "Medical law": "Legislación médica",
    "Bodily diseases": "Enfermedades del cuerpo humano",
    "Certified Tumor Registrar": "Registrador certificado de tumores",
    "Registered Health Information Technician": "Técnico registrado en información de salud",
    (
        "<p>Employers hire coders who have completed a diploma program. After the "
        "diploma, coders earn at least one of these certifications and renew it "
        "regularly, which shows that their knowledge of health information is current."
        "</p>"
    ): (
        "<p>Los empleadores contratan a codificadores que han terminado un programa de "
        "diploma. Después del diploma, los codificadores obtienen al menos una de estas "
        "certificaciones y la renuevan con regularidad, lo que demuestra que sus "
        "conocimientos sobre información de salud están al día.</p>"
    ),
    (
        "<p>Changes in healthcare law, and health facilities moving their records onto "
        "computers.</p>"
    ): (
        "<p>Los cambios en la legislación de salud y el paso de los expedientes de los "
        "centros de salud a las computadoras.</p>"
    ),
    (
        "<p>Occupation code: SOC 29-2072, Medical Records Specialists (2018 SOC). The "
        "2012 figures were published under the 2010 SOC code 29-2071, Medical Records "
        "and Health Information Technicians.</p>"
    ): (
        "<p>Código de ocupación: SOC 29-2072, especialistas en expedientes médicos "
        "(SOC 2018). Las cifras de 2012 se publicaron con el código SOC 2010 29-2071, "
        "técnicos en expedientes médicos e información de salud.</p>"
    ),
    # Medical Office Specialist
    "<p>Administrative assistants who specialize in health care.</p>": (
        "<p>Asistentes administrativos especializados en el sector de la salud.</p>"
    ),
    "Keep patient and office records": "Llevar los expedientes de los pacientes y de la oficina",
    "Enter information in computer databases": "Ingresar información en bases de datos",
    "Communicate with patients and practitioners": (
        "Comunicarse con los pacientes y los profesionales de la salud"
    ),
    "Organize the facility's important documents": (
        "Organizar los documentos importantes del centro"
    ),
    (
        "<p>Few clinics set official training requirements. What counts is that you "
        "write well, use a computer, handle basic math and deal well with patients, "
        "however you learned to. Each clinic's own procedures are taught on the job, "
        "in training that usually lasts several months.</p>"
        "<p>College graduates are more likely to be hired, which is why many "
        "candidates take a college or vocational program first.</p>"
    ): (
        "<p>Pocas clínicas fijan requisitos oficiales de formación. Lo que cuenta es que "
        "usted escriba bien, use una computadora, domine las matemáticas básicas y trate "
        "bien a los pacientes, sin importar cómo lo aprendió. Los procedimientos propios de "
        "cada clínica se enseñan en el trabajo, con una capacitación que suele durar varios "
        "meses.</p>"
        "<p>Quienes tienen estudios universitarios tienen más probabilidades de ser "
        "contratados; por eso muchos candidatos cursan antes un programa universitario o "
        "vocacional.</p>"
    ),
    (
        "<p>More demand for health services, as the Affordable Care Act extends "
        "coverage and the population ages.</p>"
    ): (
        "<p>Una mayor demanda de servicios de salud, a medida que la Ley del Cuidado de "
        "Salud a Bajo Precio (Affordable Care Act) amplía la cobertura y la población "
        "envejece.</p>"
    ),
    ("<p>Occupation code: SOC 43-6013, Medical Secretaries and Administrative Assistants.</p>"): (
        "<p>Código de ocupación: SOC 43-6013, secretarios médicos y asistentes "
        "administrativos.</p>"
    ),
    # Medical Assistant
    "<p>Duties vary with the location, specialty and size of the practice.</p>": (
        "<p>Las funciones varían según la ubicación, la especialidad y el tamaño del "
        "consultorio.</p>"
    ),
    "Take care of administrative tasks in the practice": (
        "Encargarse de las tareas administrativas del consultorio"
    ),
    "Measure patients' vital signs, such as blood pressure and temperature": (
        "Medir los signos vitales de los pacientes, como la presión arterial y la temperatura"
    ),
    "Support physicians with routine clinical tasks": (
        "Ayudar a los médicos con tareas clínicas de rutina"
    ),
    (
        "<p>Most medical assistants hold a postsecondary certificate; others start "
        "with a high school diploma and learn on the job.</p>"
    ): (
        "<p>La mayoría de los asistentes médicos tiene un certificado postsecundario; otros "
        "empiezan con un diploma de escuela secundaria y aprenden en el trabajo.</p>"
    ),
    (
        "<p>An aging population needs more preventive care, and growing practices "
        "hire assistants for routine work so that physicians can see more patients."
        "</p>"
    ): (
        "<p>Una población que envejece necesita más atención preventiva, y los consultorios "
        "en crecimiento contratan asistentes para el trabajo de rutina, para que los médicos "
        "puedan atender a más pacientes.</p>"
    ),
    # The comparison's own sections
    COMPARISON["before_you_decide_heading"]: "Antes de decidir",
    "What each job involves from day to day": "En qué consiste cada trabajo en el día a día",
    "The education and certifications each one asks of you": (
        "La formación y las certificaciones que le exige cada uno"
    ),
    "How fast each field is expected to grow, and why": (
        "Cuánto se espera que crezca cada campo, y por qué"
    ),
    "What each one pays, and how much more the best-paid earn": (
        "Cuánto se paga en cada uno, y cuánto más ganan quienes mejor cobran"
    ),
    "Your own strengths, and the kind of workplace you want": (
        "Sus propias fortalezas y el tipo de lugar de trabajo que desea"
    ),
    f"<h2>{COMPARISON['conclusion_heading']}</h2>{COMPARISON['conclusion']}": (
        "<h2>¿Cuál es para usted?</h2>"
        "<p>Las dos carreras están creciendo y las dos pagan salarios competitivos, así que "
        "la mejor elección depende de usted. El trabajo administrativo conviene a quienes "
        "disfrutan de la variedad y del contacto con los pacientes, y puede empezarse con "
        "capacitación en el trabajo. La codificación conviene a quienes disfrutan de un "
        "trabajo preciso y técnico, y están dispuestos a cursar un programa de diploma y "
        "obtener una certificación. Piense en sus habilidades y en el entorno en el que le "
        "gustaría trabajar, y pregúntenos por el programa que lleva hasta allí.</p>"
    ),
}


# More careers, for the career index's filters ----------------------------------------------
#: Ten more occupations a career school trains for, each with the BLS Occupational Outlook
#: Handbook's 2014-15 figures (May 2012 median pay, 2012-22 projections, typical entry-level
#: education), so every career of the index is compared on the same years. Each entry: the
#: English page, then its Spanish title, slug, summary and duties (in the order of the English).
HANDBOOK_CAREERS = [
    {
        "title": "Licensed Practical Nurse",
        "slug": "licensed-practical-nurse",
        "soc_code": "29-2061",
        "summary": "Licensed practical nurses give basic nursing care under the direction of registered nurses and doctors.",
        "duties": [
            "Monitor patients' health, such as their blood pressure",
            "Give basic care, such as changing bandages",
        ],
        "education": "postsecondary_nondegree",
        "median_annual": "41540",
        "growth_percent": "25",
        "url": "https://www.bls.gov/ooh/healthcare/licensed-practical-and-licensed-vocational-nurses.htm",
        "es": {
            "title": "Enfermero práctico con licencia",
            "slug": "enfermero-practico-con-licencia",
            "summary": "Los enfermeros prácticos con licencia brindan cuidados básicos de enfermería bajo la dirección de enfermeros titulados y médicos.",
            "duties": [
                "Vigilar la salud de los pacientes, por ejemplo su presión arterial",
                "Brindar cuidados básicos, como cambiar vendajes",
            ],
        },
    },
    {
        "title": "Surgical Technologist",
        "slug": "surgical-technologist",
        "soc_code": "29-2055",
        "summary": "Surgical technologists prepare operating rooms and help surgeons, nurses and other staff during operations.",
        "duties": [
            "Prepare operating rooms and sterile equipment",
            "Pass instruments to surgeons during an operation",
        ],
        "education": "postsecondary_nondegree",
        "median_annual": "41790",
        "growth_percent": "30",
        "url": "https://www.bls.gov/ooh/healthcare/surgical-technologists.htm",
        "es": {
            "title": "Técnico quirúrgico",
            "slug": "tecnico-quirurgico",
            "summary": "Los técnicos quirúrgicos preparan los quirófanos y ayudan a cirujanos, enfermeros y demás personal durante las operaciones.",
            "duties": [
                "Preparar los quirófanos y el equipo estéril",
                "Pasar los instrumentos a los cirujanos durante una operación",
            ],
        },
    },
    {
        "title": "Heating, Air Conditioning and Refrigeration Technician",
        "slug": "hvac-technician",
        "soc_code": "49-9021",
        "summary": "HVAC technicians install and repair the heating, cooling and refrigeration systems of homes, offices and hospitals.",
        "duties": [
            "Install heating, cooling and refrigeration systems",
            "Test systems and repair or replace worn parts",
        ],
        "education": "postsecondary_nondegree",
        "median_annual": "43640",
        "growth_percent": "21",
        "url": "https://www.bls.gov/ooh/installation-maintenance-and-repair/heating-air-conditioning-and-refrigeration-mechanics-and-installers.htm",
        "es": {
            "title": "Técnico de calefacción, aire acondicionado y refrigeración",
            "slug": "tecnico-de-climatizacion",
            "summary": "Los técnicos de climatización instalan y reparan los sistemas de calefacción, aire acondicionado y refrigeración de viviendas, oficinas y hospitales.",
            "duties": [
                "Instalar sistemas de calefacción, aire acondicionado y refrigeración",
                "Probar los sistemas y reparar o reemplazar las piezas desgastadas",
            ],
        },
    },
    {
        "title": "Phlebotomist",
        "slug": "phlebotomist",
        "soc_code": "31-9097",
        "summary": "Phlebotomists draw blood for tests, transfusions, research and blood donations.",
        "duties": [
            "Draw blood from patients and donors",
            "Label the vials and enter the patient's information",
        ],
        "education": "postsecondary_nondegree",
        "median_annual": "29730",
        "growth_percent": "27",
        "url": "https://www.bls.gov/ooh/healthcare/phlebotomists.htm",
        "es": {
            "title": "Flebotomista",
            "slug": "flebotomista",
            "summary": "Los flebotomistas extraen sangre para análisis, transfusiones, investigación y donaciones de sangre.",
            "duties": [
                "Extraer sangre a pacientes y donantes",
                "Etiquetar los tubos e ingresar los datos del paciente",
            ],
        },
    },
    {
        "title": "Dental Assistant",
        "slug": "dental-assistant",
        "soc_code": "31-9091",
        "summary": "Dental assistants care for patients, take x rays, keep records and schedule appointments in dental offices.",
        "duties": [
            "Prepare patients and instruments for treatments",
            "Take dental x rays and keep patients' records",
        ],
        "education": "postsecondary_nondegree",
        "median_annual": "34500",
        "growth_percent": "25",
        "url": "https://www.bls.gov/ooh/healthcare/dental-assistants.htm",
        "es": {
            "title": "Asistente dental",
            "slug": "asistente-dental",
            "summary": "Los asistentes dentales atienden a los pacientes, toman radiografías, llevan los expedientes y programan las citas en los consultorios dentales.",
            "duties": [
                "Preparar a los pacientes y los instrumentos para los tratamientos",
                "Tomar radiografías dentales y llevar los expedientes de los pacientes",
            ],
        },
    },
    {
        "title": "Massage Therapist",
        "slug": "massage-therapist",
        "soc_code": "31-9011",
        "summary": "Massage therapists treat clients by working their muscles and soft tissues, to relieve pain and stress.",
        "duties": [
            "Talk with clients about their symptoms and medical history",
            "Massage muscles and soft tissues",
        ],
        "education": "postsecondary_nondegree",
        "median_annual": "35970",
        "growth_percent": "23",
        "url": "https://www.bls.gov/ooh/healthcare/massage-therapists.htm",
        "es": {
            "title": "Terapeuta de masajes",
            "slug": "terapeuta-de-masajes",
            "summary": "Los terapeutas de masajes tratan a sus clientes trabajando los músculos y los tejidos blandos, para aliviar el dolor y el estrés.",
            "duties": [
                "Hablar con los clientes sobre sus síntomas y su historial médico",
                "Masajear músculos y tejidos blandos",
            ],
        },
    },
    {
        "title": "Emergency Medical Technician",
        "slug": "emergency-medical-technician",
        "soc_code": "29-2041",
        "summary": "Emergency medical technicians care for the sick or injured in emergencies and take them to the hospital.",
        "duties": [
            "Answer emergency calls and assess patients",
            "Give first aid and take patients to the hospital",
        ],
        "education": "postsecondary_nondegree",
        "median_annual": "31020",
        "growth_percent": "23",
        "url": "https://www.bls.gov/ooh/healthcare/emts-and-paramedics.htm",
        "es": {
            "title": "Técnico en emergencias médicas",
            "slug": "tecnico-en-emergencias-medicas",
            "summary": "Los técnicos en emergencias médicas atienden a enfermos y heridos en situaciones de emergencia y los llevan al hospital.",
            "duties": [
                "Responder a las llamadas de emergencia y evaluar a los pacientes",
                "Dar primeros auxilios y llevar a los pacientes al hospital",
            ],
        },
    },
    {
        "title": "Medical Transcriptionist",
        "slug": "medical-transcriptionist",
        "soc_code": "31-9094",
        "summary": (
            "Medical transcriptionists listen to the recordings physicians and other health "
            "professionals make and turn them into written reports."
        ),
        "duties": [
            "Listen to recordings by physicians and other health professionals",
            "Turn the recordings into diagnostic test results and other written reports",
        ],
        "education": "postsecondary_nondegree",
        "median_annual": "34020",
        "growth_percent": "8",
        "url": "https://www.bls.gov/ooh/healthcare/medical-transcriptionists.htm",
        "es": {
            "title": "Transcriptor médico",
            "slug": "transcriptor-medico",
            "summary": (
                "Los transcriptores médicos escuchan las grabaciones de médicos y otros "
                "profesionales de la salud y las convierten en informes escritos."
            ),
            "duties": [
                "Escuchar las grabaciones de médicos y otros profesionales de la salud",
                "Convertir las grabaciones en resultados de pruebas diagnósticas y otros "
                "informes escritos",
            ],
        },
    },
    {
        "title": "Dental Hygienist",
        "slug": "dental-hygienist",
        "soc_code": "29-2021",
        "summary": "Dental hygienists clean teeth, examine patients for signs of oral diseases and teach patients how to care for their teeth.",
        "duties": [
            "Remove tartar and plaque from teeth",
            "Teach patients how to care for their teeth and gums",
        ],
        "education": "associate",
        "median_annual": "70210",
        "growth_percent": "33",
        "url": "https://www.bls.gov/ooh/healthcare/dental-hygienists.htm",
        "es": {
            "title": "Higienista dental",
            "slug": "higienista-dental",
            "summary": "Los higienistas dentales limpian los dientes, revisan a los pacientes en busca de enfermedades bucales y les enseñan a cuidar sus dientes.",
            "duties": [
                "Eliminar el sarro y la placa de los dientes",
                "Enseñar a los pacientes a cuidar sus dientes y encías",
            ],
        },
    },
    {
        "title": "Radiologic Technologist",
        "slug": "radiologic-technologist",
        "soc_code": "29-2034",
        "summary": "Radiologic technologists perform diagnostic imaging examinations, such as x rays, on patients.",
        "duties": [
            "Prepare patients for imaging examinations",
            "Operate x-ray equipment and keep it in working order",
        ],
        "education": "associate",
        "median_annual": "54620",
        "growth_percent": "21",
        "url": "https://www.bls.gov/ooh/healthcare/radiologic-technologists.htm",
        "es": {
            "title": "Tecnólogo radiológico",
            "slug": "tecnologo-radiologico",
            "summary": "Los tecnólogos radiológicos realizan estudios de diagnóstico por imágenes, como las radiografías, a los pacientes.",
            "duties": [
                "Preparar a los pacientes para los estudios por imágenes",
                "Manejar los equipos de rayos X y mantenerlos en buen estado",
            ],
        },
    },
]


def handbook_career(data: dict) -> dict:
    """A career page's fields from one ``HANDBOOK_CAREERS`` entry."""
    source = {"source_name": BLS_OOH_2014, "source_url": data["url"]}
    return {
        "title": data["title"],
        "slug": data["slug"],
        "soc_code": data["soc_code"],
        "summary": data["summary"],
        "body": [
            duties_block(items=data["duties"]),
            education_block(
                typical_entry_education=data["education"],
                formal_education_required=True,
                subjects=[],
                certifications=[],
                notes="",
            ),
            outlook_block(
                growth_percent=data["growth_percent"], period_start=2012, period_end=2022, **source
            ),
            salary_block(
                median_annual=data["median_annual"], percentile_90=None, year=2012, **source
            ),
        ],
    }


CAREERS += [handbook_career(data) for data in HANDBOOK_CAREERS]
SPANISH_PAGES.update(
    {
        data["slug"]: {key: data["es"][key] for key in ("title", "slug", "summary")}
        for data in HANDBOOK_CAREERS
    }
)
SPANISH_TEXTS.update(
    {
        english: spanish
        for data in HANDBOOK_CAREERS
        for english, spanish in zip(data["duties"], data["es"]["duties"], strict=True)
    }
)
