"""The niches the recruiter works in: headlines, vacancy titles, skills, tags, and the
industries that hire them."""

from __future__ import annotations

from dataclasses import dataclass

# fmt: off

@dataclass(frozen=True, slots=True)
class Specialism:
    headlines: tuple[str, ...]
    vacancy_titles: tuple[str, ...]
    skills: tuple[str, ...]
    tags: tuple[str, ...]
    industries: tuple[str, ...]


HIGHTECH = "Hightech systemen"
SEMICON = "Semiconductor"
MEDTECH = "Medische technologie"
AUTOMOTIVE = "Automotive"
AGROTECH = "Agrotech"
FOOD = "Voedingsmiddelenindustrie"
LOGISTICS = "Logistiek & automatisering"
CHEMICALS = "Chemie & procesindustrie"
MACHINES = "Machinebouw"
SOFTWARE = "Software & SaaS"
ENERGY = "Energie & netbeheer"
PHARMA = "Farma"
OFFSHORE = "Offshore wind"
MARITIME = "Maritiem & scheepsbouw"
AEROSPACE = "Defensie & aerospace"
INFRA = "Infra & waterbouw"
INSTALLATION = "Bouw & installatietechniek"

SPECIALISMS: tuple[Specialism, ...] = (
    Specialism(
        (
            "Embedded Software Engineer (C/C++)",
            "Senior Embedded Software Engineer | Zephyr RTOS",
            "Embedded Linux Engineer (Yocto)",
            "Firmware Engineer medische apparatuur",
        ),
        ("Embedded Software Engineer", "Senior Firmware Engineer", "Embedded Linux Developer"),
        (
            "C", "C++17", "Zephyr RTOS", "FreeRTOS", "ARM Cortex-M", "Yocto", "CAN-bus",
            "IEC 62304", "bare-metal", "unit testing met Ceedling", "Bluetooth Low Energy",
        ),
        ("embedded", "c++", "firmware"),
        (HIGHTECH, MEDTECH, AUTOMOTIVE, AGROTECH),
    ),
    Specialism(
        (
            "PLC-programmeur Siemens TIA Portal",
            "Industrial Automation Engineer (PLC/SCADA)",
            "Software Engineer machinebouw (Beckhoff TwinCAT)",
        ),
        ("PLC Engineer", "Automation Engineer", "Software Engineer Industriële Automatisering"),
        (
            "Siemens S7", "TIA Portal", "Beckhoff TwinCAT 3", "WinCC", "Ignition SCADA",
            "Profinet", "OPC UA", "ISA-88", "FAT/SAT", "Rockwell Studio 5000",
        ),
        ("plc", "automation", "scada"),
        (FOOD, LOGISTICS, CHEMICALS, MACHINES),
    ),
    Specialism(
        (
            "Data Engineer | Databricks, dbt",
            "Senior Data Engineer (Azure, Spark)",
            "Analytics Engineer",
        ),
        ("Data Engineer", "Senior Data Engineer", "Analytics Engineer"),
        (
            "Python", "Spark", "Databricks", "dbt", "Airflow", "Kafka", "Azure Data Factory",
            "Snowflake", "SQL", "Delta Lake", "data modelling (Kimball)",
        ),
        ("data", "python", "cloud"),
        (SOFTWARE, ENERGY, LOGISTICS, PHARMA),
    ),
    Specialism(
        (
            "Electrical Engineer Offshore Wind (HV)",
            "Offshore Wind Installation Engineer",
            "Cable Engineer offshore windparken",
        ),
        ("Electrical Engineer Offshore Wind", "Package Manager Offshore Substations"),
        (
            "HV-systemen 66 kV", "exportkabels", "IEC 61400", "offshore substations",
            "GWO-certificaat", "jack-up vessels", "SCADA windparken", "cable pull-in",
        ),
        ("offshore", "wind", "energie"),
        (OFFSHORE, ENERGY, MARITIME),
    ),
    Specialism(
        (
            "Analog IC Designer (CMOS)",
            "Digital Design Engineer | SystemVerilog",
            "Design Verification Engineer (UVM)",
            "Mixed-signal IC Designer",
        ),
        ("Analog IC Designer", "Digital Design Engineer", "Design Verification Engineer"),
        (
            "CMOS", "SystemVerilog", "UVM", "Cadence Virtuoso", "Synopsys", "RTL-design",
            "DFT", "PLL-ontwerp", "tape-out", "low-power design",
        ),
        ("chipdesign", "semicon", "asic"),
        (SEMICON, HIGHTECH),
    ),
    Specialism(
        ("FPGA Engineer VHDL", "FPGA Designer (AMD/Xilinx)"),
        ("FPGA Engineer", "Senior FPGA Designer"),
        ("VHDL", "Verilog", "Vivado", "Zynq", "high-speed serial", "HLS", "signal processing"),
        ("fpga", "vhdl", "hardware"),
        (AEROSPACE, HIGHTECH, SEMICON),
    ),
    Specialism(
        (
            "Mechatronic System Engineer",
            "Systeemarchitect lithografie",
            "Motion Control Engineer",
        ),
        ("Mechatronic Engineer", "System Architect", "Motion Control Engineer"),
        (
            "regeltechniek", "Matlab/Simulink", "dynamische modellering", "servo-aandrijvingen",
            "vibration isolation", "precisiemechanica", "V-model", "systems engineering",
        ),
        ("mechatronica", "systems engineering", "hightech"),
        (HIGHTECH, SEMICON, MACHINES),
    ),
    Specialism(
        (
            "Process Engineer voedingsindustrie",
            "Procesingenieur chemie",
            "Process Engineer waterstof (elektrolyse)",
        ),
        ("Process Engineer", "Procesingenieur", "Senior Process Engineer Waterstof"),
        (
            "HAZOP", "P&ID's", "Aspen Plus", "scale-up", "CIP-reiniging", "HACCP",
            "elektrolyse", "massabalansen", "procesoptimalisatie",
        ),
        ("proces", "chemie", "waterstof"),
        (CHEMICALS, FOOD, ENERGY, PHARMA),
    ),
    Specialism(
        (
            "Quality Engineer Medical Devices (ISO 13485)",
            "Regulatory Affairs Specialist MDR",
            "Validation Engineer GMP",
        ),
        ("Quality Engineer", "Regulatory Affairs Specialist", "Validation Engineer"),
        (
            "ISO 13485", "MDR", "IEC 62304", "risicomanagement ISO 14971", "CAPA", "GMP",
            "CSV", "FDA 21 CFR Part 11",
        ),
        ("kwaliteit", "medtech", "regulatory"),
        (MEDTECH, PHARMA),
    ),
    Specialism(
        ("Functional Safety Engineer (ISO 26262)", "Safety Engineer IEC 61508 / SIL"),
        ("Functional Safety Engineer", "Safety Engineer"),
        ("ISO 26262", "IEC 61508", "IEC 61511", "FMEDA", "HARA", "SIL-verificatie", "ASPICE"),
        ("safety", "automotive", "sil"),
        (AUTOMOTIVE, CHEMICALS, HIGHTECH, AEROSPACE),
    ),
    Specialism(
        ("OT Security Specialist (IEC 62443)", "Industrial Cybersecurity Engineer"),
        ("OT Security Engineer", "Cybersecurity Specialist Industriële Systemen"),
        (
            "IEC 62443", "netwerksegmentatie", "Claroty", "Nozomi", "NIS2", "risicoanalyse",
            "firewalls", "incident response",
        ),
        ("security", "ot", "nis2"),
        (ENERGY, CHEMICALS, INFRA, FOOD),
    ),
    Specialism(
        ("Machine Learning Engineer Computer Vision", "Vision Engineer (Halcon)"),
        ("Computer Vision Engineer", "Machine Learning Engineer", "Vision Engineer"),
        (
            "PyTorch", "OpenCV", "Halcon", "edge-AI", "Nvidia Jetson", "camerakalibratie",
            "MLOps", "deep learning",
        ),
        ("ai", "vision", "python"),
        (AGROTECH, LOGISTICS, HIGHTECH, FOOD),
    ),
    Specialism(
        ("Robotics Software Engineer (ROS 2)", "Robotprogrammeur ABB/Fanuc"),
        ("Robotics Engineer", "Robotprogrammeur"),
        ("ROS 2", "C++", "motion planning", "ABB RAPID", "Fanuc", "cobots", "MoveIt", "SLAM"),
        ("robotica", "ros", "automation"),
        (LOGISTICS, AGROTECH, MACHINES, AUTOMOTIVE),
    ),
    Specialism(
        (
            "Power Electronics Engineer",
            "Hardware Engineer vermogenselektronica",
            "Battery Systems Engineer",
        ),
        ("Power Electronics Engineer", "Hardware Engineer", "Battery Systems Engineer"),
        (
            "SiC/GaN", "DC/DC-converters", "PCB-ontwerp in Altium", "EMC", "thermisch ontwerp",
            "BMS", "LTspice",
        ),
        ("hardware", "elektronica", "batterijen"),
        (ENERGY, AUTOMOTIVE, HIGHTECH),
    ),
    Specialism(
        (
            "Backend Developer Rust",
            "Cloud Platform Engineer (Kubernetes)",
            "Site Reliability Engineer",
        ),
        ("Backend Engineer", "Platform Engineer", "Site Reliability Engineer"),
        (
            "Rust", "Go", "Kubernetes", "Terraform", "AWS", "PostgreSQL", "observability",
            "gRPC", "event sourcing",
        ),
        ("backend", "cloud", "devops"),
        (SOFTWARE, LOGISTICS, ENERGY),
    ),
    Specialism(
        ("Scheepsbouwkundig Ingenieur", "Marine Electrical Engineer", "Naval Architect"),
        ("Naval Architect", "Marine Engineer", "Scheepsbouwkundig Ontwerper"),
        (
            "stabiliteitsberekeningen", "Rhino", "NAPA", "klassebureaus (DNV, Lloyd's)",
            "hybride voortstuwing", "scheepsinstallaties",
        ),
        ("maritiem", "scheepsbouw"),
        (MARITIME, OFFSHORE, AEROSPACE),
    ),
    Specialism(
        (
            "Geotechnisch Adviseur",
            "Hydraulisch Ingenieur waterbouw",
            "Constructeur bruggen en sluizen",
        ),
        ("Geotechnisch Adviseur", "Waterbouwkundig Ingenieur", "Constructief Ontwerper"),
        (
            "D-Series (Deltares)", "Plaxis", "Eurocode", "dijkversterking", "sluizen",
            "eindige-elementenmethode", "BIM",
        ),
        ("infra", "waterbouw", "civiel"),
        (INFRA,),
    ),
    Specialism(
        (
            "Werkvoorbereider Elektrotechniek",
            "Projectleider Installatietechniek",
            "E-installatie Engineer (NEN 1010)",
        ),
        ("Werkvoorbereider E", "Projectleider Installaties", "Elektrotechnisch Engineer"),
        (
            "NEN 1010", "NEN 3140", "AREI", "EPLAN", "laagspanning", "middenspanning",
            "werkvoorbereiding",
        ),
        ("elektrotechniek", "installatie"),
        (INSTALLATION, ENERGY, INFRA),
    ),
    Specialism(
        (
            "Reliability Engineer petrochemie",
            "Maintenance Engineer",
            "Asset Engineer rotating equipment",
        ),
        ("Reliability Engineer", "Maintenance Engineer", "Asset Engineer"),
        (
            "RCM", "FMECA", "SAP PM", "trillingsanalyse", "rotating equipment",
            "root cause analysis", "predictive maintenance",
        ),
        ("maintenance", "reliability"),
        (CHEMICALS, FOOD, ENERGY),
    ),
    Specialism(
        (
            "Optical Engineer (fotonica)",
            "Photonic Integrated Circuit Designer",
            "Metrology Engineer",
        ),
        ("Optical Engineer", "Photonics Engineer", "Metrology Engineer"),
        (
            "Zemax OpticStudio", "PIC-ontwerp", "InP", "interferometrie", "lasersystemen",
            "optische metrologie",
        ),
        ("fotonica", "optica", "hightech"),
        (SEMICON, HIGHTECH, MEDTECH),
    ),
    Specialism(
        ("Test Automation Engineer (HIL)", "Test Engineer embedded systemen", "V&V Engineer"),
        ("Test Automation Engineer", "Verification & Validation Engineer"),
        (
            "dSPACE", "HIL-testen", "pytest", "Robot Framework", "LabVIEW", "TestStand",
            "requirements traceability",
        ),
        ("testen", "embedded", "v&v"),
        (AUTOMOTIVE, MEDTECH, HIGHTECH, AEROSPACE),
    ),
    Specialism(
        ("Avionics Software Engineer (DO-178C)", "Stress Engineer aerospace (composieten)"),
        ("Avionics Software Engineer", "Stress Engineer"),
        ("DO-178C", "DO-254", "ARINC 429", "composieten", "NASTRAN", "EASA Part 21"),
        ("aerospace", "defensie"),
        (AEROSPACE,),
    ),
    Specialism(
        ("MES Engineer (Siemens Opcenter)", "SAP PP/QM Consultant productie"),
        ("MES Engineer", "SAP PP Consultant"),
        ("SAP PP", "SAP QM", "Opcenter", "ISA-95", "batch records", "OEE"),
        ("mes", "erp"),
        (PHARMA, FOOD, CHEMICALS),
    ),
    Specialism(
        ("HVAC Engineer (W-installaties)", "BIM Modelleur Revit MEP"),
        ("W-Engineer", "BIM Modelleur"),
        ("Revit MEP", "warmtepompen", "BENG", "Vabi", "luchtbehandeling", "IFC"),
        ("installatie", "bim", "duurzaamheid"),
        (INSTALLATION, INFRA),
    ),
)
# fmt: on
