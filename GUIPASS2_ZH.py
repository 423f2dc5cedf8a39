# zh_CN for the tr() strings added or changed by the guipass2 GUI pass.
# The fixes of this pass (soak summary scrolling, the chart's time axis, the hosts
# fold and the export folder kept, the "Advanced: limits" tick box) reuse existing
# strings in their existing contexts, so there is nothing new to translate.
T = {}
