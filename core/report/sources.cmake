# Sources of the value review and EBR report (content and PDF), part of csm_core.
target_sources(csm_core PRIVATE
    report/reportcontent.cpp
    report/reportnotes.cpp
    report/reportpdf.cpp
)
